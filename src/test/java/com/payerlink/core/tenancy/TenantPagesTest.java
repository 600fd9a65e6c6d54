package com.payerlink.core.tenancy;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountQuery;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.core.security.Role;
import com.payerlink.notification.domain.OutboxMessage;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A list read a page at a time: every page and every count is the caller's tenant's, after the role check. */
class TenantPagesTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    OutboxService outbox;

    @Test
    void pages_and_counts_hold_only_the_callers_tenants_rows_in_the_lists_order() {
        Tenant mine = newTenant();
        Tenant theirs = newTenant();
        TestAccounts.create(accounts, mine, "424200000003", "Charlie", ConnectionMethod.MSP_SINGLE, "c@mine.test");
        TestAccounts.create(accounts, mine, "424200000001", "Alpha", ConnectionMethod.MSP_SINGLE, "a@mine.test");
        TestAccounts.create(accounts, mine, "424200000002", "Bravo", ConnectionMethod.MSP_SINGLE, "b@mine.test");
        TestAccounts.create(accounts, theirs, "424200000004", "Aardvark", ConnectionMethod.MSP_SINGLE, "d@theirs.test");

        TenantRows<AccountSummary> rows = accounts.matching(AccountQuery.all());

        assertThat(as(mine, Role.VIEWER, rows::count)).isEqualTo(3);
        assertThat(as(mine, Role.VIEWER, () -> rows.page(1, 10))).extracting(AccountSummary::name)
            .containsExactly("Bravo", "Charlie");
        assertThat(as(theirs, Role.VIEWER, () -> rows.page(0, 10))).extracting(AccountSummary::name)
            .containsExactly("Aardvark");
    }

    @Test
    void every_page_and_count_checks_the_role_of_whoever_reads_it() {
        Tenant t = newTenant();
        // asked for by an org admin, read by a viewer: the check is made when the rows are read
        TenantRows<OutboxMessage> mail = as(t, Role.ORG_ADMIN, () -> outbox.messages(null));

        assertThat(as(t, Role.ORG_ADMIN, mail::count)).isZero();
        assertThatThrownBy(() -> as(t, Role.VIEWER, mail::count)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(t, Role.VIEWER, () -> mail.page(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentScope.callAs(DatabaseScope.platform(), () -> accounts.matching(AccountQuery.all())
            .count())).isInstanceOf(AccessDeniedException.class);
    }

}
