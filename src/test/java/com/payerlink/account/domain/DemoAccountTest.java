package com.payerlink.account.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountTest {

    private static Map<String, List<DemoAccount>> demoAccounts() throws IOException {
        try (InputStream in = AccountDemoData.class.getResourceAsStream("demo-accounts.csv")) {
            return DemoAccount.readByTenant(in);
        }
    }

    @Test
    void demo_file_seeds_both_demo_tenants_in_file_order() throws IOException {
        Map<String, List<DemoAccount>> byTenant = demoAccounts();

        assertThat(byTenant).containsOnlyKeys("Northwind MSP", "Contoso Cloud");
        assertThat(byTenant.get("Northwind MSP")).hasSize(40);
        assertThat(byTenant.get("Contoso Cloud")).extracting(DemoAccount::name).containsExactly("Fabrikam Pharma",
                "Tailspin Toys", "Woodgrove Finance", "Adventure Works Cycles", "Wide World Importers");
    }

    @Test
    void demo_accounts_cover_every_state_step_and_method_and_keep_leading_zeros() throws IOException {
        List<DemoAccount> northwind = demoAccounts().get("Northwind MSP");

        Set<AccountState> reached = northwind.stream().map(DemoAccount::state).filter(s -> s != null)
            .collect(Collectors.toSet());
        assertThat(reached).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(
                EnumSet.of(AccountState.DRAFT, AccountState.IN_PROGRESS)));
        assertThat(northwind.stream().filter(d -> d.state() == null).map(DemoAccount::step)).contains(1, 2, 3, 4, 5, 6);
        assertThat(northwind).extracting(DemoAccount::method).contains(ConnectionMethod.values());
        assertThat(northwind).filteredOn(d -> d.partition() == Partition.AWS_CN).hasSize(5);
        assertThat(northwind.get(4)).isEqualTo(new DemoAccount("Müller Logistik AG", "000123456789", Partition.AWS,
                ConnectionMethod.MSP_MULTIPLE, "it@mueller-logistik.example", 2, false, null));
    }

    @Test
    void role_arn_progress_saves_the_role_arn_at_step_6_without_registering() throws IOException {
        DemoAccount quantumLeaf = demoAccounts().get("Northwind MSP").stream()
            .filter(d -> d.name().equals("Quantum Leaf Biotech")).findFirst().orElseThrow();

        assertThat(quantumLeaf.step()).isEqualTo(6);
        assertThat(quantumLeaf.roleArnSaved()).isTrue();
        assertThat(quantumLeaf.state()).isNull();
    }

}
