package com.payerlink.support.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.notification.domain.MailContent;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.tenant.domain.Tenant;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.util.List;
import java.util.UUID;

import static com.payerlink.db.Tables.ACCOUNT_HISTORY;
import static com.payerlink.db.Tables.APP_USER;
import static com.payerlink.db.Tables.AUDIT_LOG;
import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;
import static com.payerlink.db.Tables.EMAIL_OUTBOX;
import static com.payerlink.db.Tables.INVITATION;
import static com.payerlink.db.Tables.TICKET;
import static com.payerlink.db.Tables.TICKET_COMMENT;
import static com.payerlink.db.Tables.TICKET_COUNTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database, not only the services, limits support agents to tickets and comments, and keeps
 * internal comments from tenant users: raw queries that name no tenant at all.
 */
class SupportAgentRowLevelSecurityTest extends IntegrationTest {

    private static final DatabaseScope AGENT = new DatabaseScope(null, Role.SUPPORT_AGENT, null);

    @Autowired
    DSLContext dsl;

    @Autowired
    TicketService tickets;

    @Autowired
    AccountService accounts;

    @Autowired
    OutboxService outbox;

    @Test
    void an_agent_reads_no_account_user_history_invitation_outbox_or_audit_row_of_any_tenant() {
        Tenant t = newTenant();
        CustomerAccount account = TestAccounts.create(accounts, t, "123456789012", "Guarded", ConnectionMethod.MSP_LIMITED,
                "ops@guarded.test");
        as(t, Role.ORG_ADMIN, () -> outbox.queue("TEST", List.of("x@guarded.test"), new MailContent("s", "t", "h"), null, null));
        signedInAs(adminEmail(t), () -> tickets.create(new TicketForm("Seen by support", "", null), List.of(account.id())));
        // the rows exist: the tenant itself sees them
        assertThat(as(t, Role.ORG_ADMIN, () -> dsl.fetchCount(CUSTOMER_ACCOUNT))).isEqualTo(1);

        for (Table<?> table : List.of(CUSTOMER_ACCOUNT, ACCOUNT_HISTORY, APP_USER, INVITATION, EMAIL_OUTBOX, AUDIT_LOG,
                TICKET_COUNTER)) {
            assertThat(CurrentScope.callAs(AGENT, () -> dsl.fetchCount(table))).as(table.getName()).isZero();
        }
        assertThat(CurrentScope.callAs(AGENT, () -> dsl.update(CUSTOMER_ACCOUNT).set(CUSTOMER_ACCOUNT.NAME, "hacked")
            .where(CUSTOMER_ACCOUNT.ID.eq(account.id())).execute())).isZero();
        assertThat(CurrentScope.callAs(AGENT, () -> dsl.fetchCount(TICKET, TICKET.TENANT_ID.eq(t.id())))).isEqualTo(1);
    }

    @Test
    void an_agent_cannot_create_tickets_or_see_drafts() {
        Tenant t = newTenant();
        CustomerAccount account = TestAccounts.create(accounts, t, "210987654321", "Drafted", ConnectionMethod.MSP_SINGLE, "");
        Ticket draft = signedInAs(adminEmail(t), () -> tickets.draft(List.of(account.id())));

        assertThat(CurrentScope.callAs(AGENT, () -> dsl.fetchCount(TICKET, TICKET.ID.eq(draft.id())))).isZero();
        assertThat(CurrentScope.callAs(AGENT, () -> dsl.update(TICKET).set(TICKET.SUBJECT, "x")
            .where(TICKET.ID.eq(draft.id())).execute())).isZero();
        assertThatThrownBy(() -> CurrentScope.runAs(AGENT, () -> dsl.insertInto(TICKET)
                .set(TICKET.ID, UUID.randomUUID()).set(TICKET.TENANT_ID, t.id()).set(TICKET.NUMBER, 1)
                .set(TICKET.REFERENCE, "X-1").set(TICKET.TENANT_NAME, t.name()).set(TICKET.SUBJECT, "forged")
                .set(TICKET.STATUS, "OPEN").set(TICKET.CREATED_BY, "agent").set(TICKET.UPDATED_BY, "agent")
                .execute()))
            .isInstanceOf(DataAccessException.class)
            .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void tenant_users_neither_read_nor_write_internal_comments_even_without_a_filter() {
        Tenant t = newTenant();
        Ticket ticket = signedInAs(adminEmail(t), () -> tickets.create(new TicketForm("Q", "", null), List.of()));
        UUID agentUser = newSupportAgent().id();
        CurrentScope.runAs(new DatabaseScope(null, Role.SUPPORT_AGENT, agentUser), () -> {
            tickets.comment(ticket.id(), "public answer", false);
            tickets.comment(ticket.id(), "internal note", true);
        });
        DatabaseScope tenantUser = new DatabaseScope(t.id(), Role.ORG_ADMIN, null);

        assertThat(CurrentScope.callAs(tenantUser, () -> dsl.select(TICKET_COMMENT.BODY).from(TICKET_COMMENT)
            .where(TICKET_COMMENT.BODY.ne("")).fetch(TICKET_COMMENT.BODY))).containsExactly("public answer");
        assertThat(CurrentScope.callAs(AGENT, () -> dsl.fetchCount(TICKET_COMMENT,
                TICKET_COMMENT.TICKET_ID.eq(ticket.id()).and(TICKET_COMMENT.INTERNAL.isTrue())))).isEqualTo(1);
        assertThatThrownBy(() -> CurrentScope.runAs(tenantUser, () -> dsl.insertInto(TICKET_COMMENT)
                .set(TICKET_COMMENT.TICKET_ID, ticket.id()).set(TICKET_COMMENT.TENANT_ID, t.id())
                .set(TICKET_COMMENT.AUTHOR, "me").set(TICKET_COMMENT.AUTHOR_ROLE, "ORG_ADMIN")
                .set(TICKET_COMMENT.BODY, "pretending to be support").set(TICKET_COMMENT.INTERNAL, true)
                .execute()))
            .isInstanceOf(DataAccessException.class)
            .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void another_tenant_sees_none_of_the_tickets() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        signedInAs(adminEmail(a), () -> tickets.create(new TicketForm("A's", "", null), List.of()));

        assertThat(as(b, Role.ORG_ADMIN, () -> dsl.fetchCount(TICKET, TICKET.TENANT_ID.eq(a.id())))).isZero();
    }

}
