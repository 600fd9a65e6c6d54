package com.payerlink.account.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid's page query: offset and limit after filter and sort, in the caller's tenant only. */
class AccountGridQueryTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Test
    void page_is_the_slice_of_the_sorted_filtered_accounts_at_the_offset() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        List<String> names = List.of("Echo", "Alpha", "Delta", "Bravo", "Charlie", "Foxtrot");
        as(tenant, Role.ORG_ADMIN, () -> {
            for (int i = 0; i < names.size(); i++) {
                CustomerAccount a = accounts.create(Partition.AWS,
                        new AccountDetails(String.format("%012d", i + 1), names.get(i), ConnectionMethod.MSP_SINGLE, ""));
                if (i % 2 == 0) {
                    accounts.savePartition(a.id(), a.version(), Partition.AWS);
                }
            }
        });
        as(other, Role.ORG_ADMIN, () -> accounts.create(Partition.AWS,
                new AccountDetails("000000000002", "Alpha of another tenant", ConnectionMethod.MSP_SINGLE, "")));

        as(tenant, Role.ORG_ADMIN, () -> {
            assertThat(accounts.matching(AccountQuery.all()).page(1, 3)).extracting(AccountSummary::name)
                .containsExactly("Bravo", "Charlie", "Delta");
            assertThat(accounts.matching(AccountQuery.all().sortedBy(AccountSort.NAME, true)).page(4, 10))
                .extracting(AccountSummary::name)
                .containsExactly("Bravo", "Alpha");
            // Echo, Delta and Charlie were created at indexes 0, 2, 4 and moved on to IN_PROGRESS
            AccountQuery inProgress = AccountQuery.all().withState(AccountState.IN_PROGRESS);
            assertThat(accounts.matching(inProgress).page(1, 50)).extracting(AccountSummary::name)
                .containsExactly("Delta", "Echo");
            assertThat(accounts.matching(inProgress).count()).isEqualTo(3);
            assertThat(accounts.matching(AccountQuery.all()).page(6, 50)).isEmpty();
        });
    }

}
