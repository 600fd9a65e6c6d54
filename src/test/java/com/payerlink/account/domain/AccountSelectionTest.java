package com.payerlink.account.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.account.ManyAccounts;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Select all N matching": a filter resolved on the server acts on every matching account of the tenant (10,000
 * here), and on no other; chosen ids of another tenant are ignored.
 */
class AccountSelectionTest extends IntegrationTest {

    @Autowired
    AccountListService lists;

    @Autowired
    AccountRegistrationService registrations;

    @Autowired
    AccountService accounts;

    @Test
    void all_matching_acts_on_the_10000_matching_accounts_of_the_tenant_and_no_other() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        ManyAccounts.create(lists, tenant, "Bulk", 100_000_000_000L, 10_000);
        ManyAccounts.create(lists, tenant, "Other", 300_000_000_000L, 3);
        ManyAccounts.create(lists, other, "Bulk", 100_000_000_000L, 5);
        ManyAccounts.makeReady(tenant, "Bulk", "PayerlinkRole");
        ManyAccounts.makeReady(other, "Bulk", "PayerlinkRole");
        // ten of them are not ready, for two reasons
        ManyAccounts.sql("update customer_account set role_arns = '{}' where tenant_id = ? and name in"
                + " ('Bulk 00001', 'Bulk 00002', 'Bulk 00003', 'Bulk 00004', 'Bulk 00005')", tenant.id());
        ManyAccounts.sql("update customer_account set billing_access_confirmed = false where tenant_id = ? and name in"
                + " ('Bulk 00006', 'Bulk 00007', 'Bulk 00008', 'Bulk 00009', 'Bulk 00010')", tenant.id());
        AccountSelection all = AccountSelection.matching(AccountQuery.all().withSearch("bulk"));

        as(tenant, Role.ORG_ADMIN, () -> {
            List<UUID> ids = lists.ids(all);
            assertThat(ids).hasSize(10_000).doesNotHaveDuplicates();
            assertThat(accounts.summaries(ids)).allSatisfy(a -> assertThat(a.name()).startsWith("Bulk"));

            RegistrationPreview preview = registrations.preview(all);
            assertThat(preview.ready()).isEqualTo(9_990);
            assertThat(preview.notReady()).containsExactly(Map.entry(RegistrationBlocker.BILLING_ACCESS, 5),
                    Map.entry(RegistrationBlocker.NO_ROLE_ARN, 5));

            StringWriter csv = new StringWriter();
            try {
                lists.writeAccountList(all, csv);
            }
            catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            assertThat(csv.toString().lines()).hasSize(1 + 10_000);
        });
    }

    @Test
    void chosen_ids_of_another_tenant_are_ignored() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        ManyAccounts.create(lists, tenant, "Mine", 100_000_000_000L, 2);
        ManyAccounts.create(lists, other, "Theirs", 100_000_000_000L, 2);
        List<UUID> theirs = as(other, Role.ORG_ADMIN, () -> lists.ids(AccountSelection.matching(AccountQuery.all())));
        List<UUID> mine = as(tenant, Role.ORG_ADMIN, () -> lists.ids(AccountSelection.matching(AccountQuery.all())));

        List<UUID> chosen = new java.util.ArrayList<>(theirs);
        chosen.add(mine.get(0));
        assertThat(as(tenant, Role.ORG_ADMIN, () -> lists.ids(AccountSelection.of(chosen)))).containsExactly(mine.get(0));
        assertThat(as(tenant, Role.ORG_ADMIN, () -> registrations.preview(AccountSelection.of(theirs)).total())).isZero();
    }

    @Test
    void registering_when_none_is_ready_says_why_per_reason() {
        Tenant tenant = newTenant();
        ManyAccounts.create(lists, tenant, "Draft", 100_000_000_000L, 3);

        assertThatThrownBy(() -> as(tenant, Role.ORG_ADMIN,
                () -> registrations.registerReady(AccountSelection.matching(AccountQuery.all()))))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("None of the 3 accounts is ready to register")
            .hasMessageContaining("3 · Wizard not started (step 1)");
    }

}
