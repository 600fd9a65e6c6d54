package com.payerlink.account.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.account.ManyAccounts;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The grid's filters for thousands of accounts: several states, a failed check's code, days in state (kept by the
 * database when the state changes), state in lifecycle order, and the URL format that carries them.
 */
class AccountGridFiltersTest extends IntegrationTest {

    @Autowired
    AccountListService lists;

    @Autowired
    AccountService accounts;

    @Test
    void states_failure_code_and_days_in_state_filter_and_state_sorts_in_lifecycle_order() {
        Tenant tenant = newTenant();
        ManyAccounts.create(lists, tenant, "Acct", 100_000_000_000L, 6);
        // 1 ready, 2 and 3 failed (different checks), 4 processing, 5 in progress, 6 draft
        ManyAccounts.sql("update customer_account set state = 'READY' where tenant_id = ? and name = 'Acct 00001'", tenant.id());
        ManyAccounts.sql("update customer_account set state = 'VERIFICATION_FAILED', state_detail = 'ASSUME_ROLE_DENIED'"
                + " where tenant_id = ? and name = 'Acct 00002'", tenant.id());
        ManyAccounts.sql("update customer_account set state = 'VERIFICATION_FAILED',"
                + " state_detail = 'BUCKET_MISSING, ASSUME_ROLE_DENIED_X' where tenant_id = ? and name = 'Acct 00003'", tenant.id());
        ManyAccounts.sql("update customer_account set state = 'PROCESSING' where tenant_id = ? and name = 'Acct 00004'", tenant.id());
        ManyAccounts.sql("update customer_account set state = 'IN_PROGRESS' where tenant_id = ? and name = 'Acct 00005'", tenant.id());
        // the trigger set state_changed_at to now for the moved ones; the processing one has waited 4 days
        ManyAccounts.sql("update customer_account set state_changed_at = now() - interval '4 days 1 hour'"
                + " where tenant_id = ? and name = 'Acct 00004'", tenant.id());

        as(tenant, Role.VIEWER, () -> {
            assertThat(names(AccountQuery.all().withStates(Set.of(AccountState.VERIFICATION_FAILED, AccountState.READY))))
                .containsExactly("Acct 00001", "Acct 00002", "Acct 00003");
            assertThat(names(AccountQuery.all().withFailure("ASSUME_ROLE_DENIED"))).containsExactly("Acct 00002");
            assertThat(names(AccountQuery.all().withFailure("BUCKET_MISSING"))).containsExactly("Acct 00003");
            assertThat(names(AccountQuery.all().withMinDaysInState(3))).containsExactly("Acct 00004");
            assertThat(names(AccountQuery.all().withMinDaysInState(5))).isEmpty();
            assertThat(names(AccountQuery.all().sortedBy(AccountSort.STATE, false))).containsExactly(
                    "Acct 00006", "Acct 00005", "Acct 00002", "Acct 00003", "Acct 00004", "Acct 00001");
            assertThat(names(AccountQuery.all().sortedBy(AccountSort.IN_STATE_SINCE, false)).get(0)).isEqualTo("Acct 00004");
            assertThat(accounts.matching(AccountQuery.all().withState(AccountState.PROCESSING)).page(0, 1).get(0).stateSince())
                .isBefore(java.time.OffsetDateTime.now().minusDays(4));
            assertThat(lists.failureCodes()).containsExactly("ASSUME_ROLE_DENIED", "ASSUME_ROLE_DENIED_X", "BUCKET_MISSING");
        });
    }

    @Test
    void a_state_change_resets_the_days_in_state_and_other_updates_do_not() {
        Tenant tenant = newTenant();
        ManyAccounts.create(lists, tenant, "Acct", 100_000_000_000L, 1);
        ManyAccounts.sql("update customer_account set state_changed_at = now() - interval '10 days' where tenant_id = ?",
                tenant.id());
        ManyAccounts.sql("update customer_account set name = 'Renamed' where tenant_id = ?", tenant.id());
        assertThat(as(tenant, Role.VIEWER, () -> accounts.matching(AccountQuery.all().withMinDaysInState(9)).count())).isEqualTo(1);

        ManyAccounts.sql("update customer_account set state = 'IN_PROGRESS' where tenant_id = ?", tenant.id());

        assertThat(as(tenant, Role.VIEWER, () -> accounts.matching(AccountQuery.all().withMinDaysInState(1)).count())).isZero();
    }

    @Test
    void the_url_parameters_carry_every_filter_and_back() {
        AccountQuery q = AccountQuery.all()
            .withStates(Set.of(AccountState.PROCESSING, AccountState.VERIFICATION_FAILED))
            .withStep(6).withMethod(ConnectionMethod.MSP_MULTIPLE).withPartition(Partition.AWS_CN)
            .withFailure("ASSUME_ROLE_DENIED").withMinDaysInState(3).withSearch("acme & co");

        Map<String, List<String>> p = AccountQueryParameters.of(q);

        assertThat(p.get("state")).containsExactly("VERIFICATION_FAILED", "PROCESSING");
        assertThat(AccountQueryParameters.parse(p)).isEqualTo(q);
        assertThat(AccountQueryParameters.gridPath(q)).isEqualTo("accounts?state=VERIFICATION_FAILED&state=PROCESSING"
                + "&step=6&method=MSP_MULTIPLE&partition=AWS_CN&failure=ASSUME_ROLE_DENIED&days=3&q=acme%20%26%20co");
        assertThat(AccountQueryParameters.parse(Map.of())).isEqualTo(AccountQuery.all());
    }

    @Test
    void a_bad_parameter_is_refused_naming_it_and_saying_what_it_takes() {
        assertThatThrownBy(() -> AccountQueryParameters.parse(Map.of("state", List.of("STUCK"))))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("\"STUCK\" is no state; use one of DRAFT, IN_PROGRESS");
        assertThatThrownBy(() -> AccountQueryParameters.parse(Map.of("days", List.of("-2"))))
            .hasMessageContaining("days takes a whole number from 0");
        assertThatThrownBy(() -> AccountQueryParameters.parse(Map.of("failure", List.of("drop table"))))
            .hasMessageContaining("is no check code");
    }

    private List<String> names(AccountQuery q) {
        return accounts.matching(q).page(0, 100).stream().map(AccountSummary::name).toList();
    }

}
