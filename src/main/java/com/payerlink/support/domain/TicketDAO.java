package com.payerlink.support.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.db.tables.records.TicketRecord;
import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.TICKET;
import static com.payerlink.db.Tables.TICKET_ACCOUNT;
import static com.payerlink.db.Tables.TICKET_COMMENT;
import static com.payerlink.db.Tables.TICKET_COUNTER;

/**
 * Tickets, their accounts and comments. Tenant users' queries name their tenant; a support agent's
 * name none (they work every tenant's tickets) and row-level security keeps drafts, and everything
 * that is not a ticket, out of their reach.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TicketDAO {

    static final int FIRST_NUMBER = 1001;

    private static final com.payerlink.db.tables.Ticket T = TICKET;

    private final DSLContext dsl;

    /** The tenant's next ticket number; the counter row's lock keeps concurrent tickets apart. */
    int nextNumber(UUID tenantId) {
        return dsl.insertInto(TICKET_COUNTER)
            .set(TICKET_COUNTER.TENANT_ID, tenantId)
            .set(TICKET_COUNTER.LAST_NUMBER, FIRST_NUMBER)
            .onConflict(TICKET_COUNTER.TENANT_ID)
            .doUpdate()
            .set(TICKET_COUNTER.LAST_NUMBER, TICKET_COUNTER.LAST_NUMBER.plus(1))
            .returning(TICKET_COUNTER.LAST_NUMBER)
            .fetchOne(TICKET_COUNTER.LAST_NUMBER);
    }

    TicketRecord newRecord() {
        return dsl.newRecord(T);
    }

    /** @param tenantId the caller's tenant, or null for a support agent */
    List<TicketSummary> page(UUID tenantId, TicketQuery query, int offset, int limit) {
        var accounts = DSL.selectCount().from(TICKET_ACCOUNT).where(TICKET_ACCOUNT.TICKET_ID.eq(T.ID)).<Integer>asField();
        return dsl.select(T.ID, T.REFERENCE, T.TENANT_NAME, T.SUBJECT, T.PRIORITY, T.STATUS, accounts, T.UPDATED_BY,
                    T.UPDATED_AT, T.CREATED_AT, T.ASSIGNEE_EMAIL)
            .from(T)
            .where(conditions(tenantId, query))
            .orderBy(T.UPDATED_AT.desc(), T.ID.desc())
            .offset(offset)
            .limit(limit)
            .fetch(r -> new TicketSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                    TicketPriority.valueOf(r.value5()), TicketStatus.valueOf(r.value6()), r.value7(), r.value8(),
                    r.value9(), r.value10(), r.value11()));
    }

    /** The tenant's tickets that list the account, newest first. */
    List<TicketSummary> ofAccount(UUID tenantId, UUID accountId, int limit) {
        return dsl.select(T.ID, T.REFERENCE, T.TENANT_NAME, T.SUBJECT, T.PRIORITY, T.STATUS, T.UPDATED_BY,
                        T.UPDATED_AT, T.CREATED_AT, T.ASSIGNEE_EMAIL)
                    .from(T)
                    .where(scope(tenantId).and(T.ID.in(DSL.select(TICKET_ACCOUNT.TICKET_ID).from(TICKET_ACCOUNT)
                        .where(TICKET_ACCOUNT.CUSTOMER_ACCOUNT_ID.eq(accountId)))))
                    .orderBy(T.CREATED_AT.desc(), T.ID.desc())
                    .limit(limit)
                    .fetch(r -> new TicketSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                            TicketPriority.valueOf(r.value5()), TicketStatus.valueOf(r.value6()), 0, r.value7(),
                            r.value8(), r.value9(), r.value10()));
    }

    int count(UUID tenantId, TicketQuery query) {
        return dsl.fetchCount(T, conditions(tenantId, query));
    }

    Optional<TicketRecord> find(UUID tenantId, UUID id) {
        return dsl.selectFrom(T).where(scope(tenantId).and(T.ID.eq(id))).fetchOptional();
    }

    /**
     * Holds the tenant's connection drafts until the transaction ends. Workers drafting for one tenant queue up here,
     * so they add to one draft instead of starting two; and a connection that passes verification waits for a draft
     * being written, so it finds the draft listing it (or the draft's worker finds the connection verified).
     */
    void lockConnectionDrafts(UUID tenantId) {
        dsl.fetch("select pg_advisory_xact_lock(hashtext({0}))", DSL.val("connection-draft:" + tenantId));
    }

    /** The tenant's draft that collects accounts of MSP_MULTIPLE registrations, locked for adding one. */
    Optional<TicketRecord> connectionDraft(UUID tenantId) {
        lockConnectionDrafts(tenantId);
        return dsl.selectFrom(T)
            .where(T.TENANT_ID.eq(tenantId).and(T.STATUS.eq(TicketStatus.DRAFT.name()))
                .and(T.ORIGIN.eq("CONNECTION_REGISTERED")))
            .orderBy(T.CREATED_AT)
            .limit(1)
            .forUpdate()
            .fetchOptional();
    }

    /**
     * The reference of a ticket of the tenant that lists the account and was resolved (or closed) since {@code since}:
     * it enables the account, also when it was resolved while the account's verification still ran.
     */
    Optional<String> resolvedListing(UUID tenantId, UUID accountId, OffsetDateTime since) {
        return dsl.select(T.REFERENCE).from(T)
            .where(T.TENANT_ID.eq(tenantId)
                .and(T.STATUS.in(TicketStatus.RESOLVED.name(), TicketStatus.CLOSED.name()))
                .and(T.UPDATED_AT.ge(since))
                .and(T.ID.in(DSL.select(TICKET_ACCOUNT.TICKET_ID).from(TICKET_ACCOUNT)
                    .where(TICKET_ACCOUNT.CUSTOMER_ACCOUNT_ID.eq(accountId)))))
            .orderBy(T.UPDATED_AT.desc())
            .limit(1)
            .fetchOptional(T.REFERENCE);
    }

    /** The tenant's connection draft that lists the account, locked for submitting it. */
    Optional<TicketRecord> connectionDraftListing(UUID tenantId, UUID accountId) {
        return dsl.selectFrom(T)
            .where(T.TENANT_ID.eq(tenantId).and(T.STATUS.eq(TicketStatus.DRAFT.name()))
                .and(T.ORIGIN.eq("CONNECTION_REGISTERED"))
                .and(T.ID.in(DSL.select(TICKET_ACCOUNT.TICKET_ID).from(TICKET_ACCOUNT)
                    .where(TICKET_ACCOUNT.CUSTOMER_ACCOUNT_ID.eq(accountId)))))
            .limit(1)
            .forUpdate()
            .fetchOptional();
    }

    void addAccount(UUID tenantId, UUID ticketId, TicketAccount account) {
        dsl.insertInto(TICKET_ACCOUNT)
            .set(TICKET_ACCOUNT.TICKET_ID, ticketId)
            .set(TICKET_ACCOUNT.TENANT_ID, tenantId)
            .set(TICKET_ACCOUNT.CUSTOMER_ACCOUNT_ID, account.accountId())
            .set(TICKET_ACCOUNT.ACCOUNT_NAME, account.name())
            .set(TICKET_ACCOUNT.AWS_ACCOUNT_ID, account.awsAccountId())
            .set(TICKET_ACCOUNT.PARTITION, account.partition())
            .onConflictDoNothing()
            .execute();
    }

    List<TicketAccount> accounts(UUID ticketId) {
        return dsl.selectFrom(TICKET_ACCOUNT)
            .where(TICKET_ACCOUNT.TICKET_ID.eq(ticketId))
            .orderBy(TICKET_ACCOUNT.ACCOUNT_NAME, TICKET_ACCOUNT.AWS_ACCOUNT_ID)
            .fetch(r -> new TicketAccount(r.getCustomerAccountId(), r.getAccountName(), r.getAwsAccountId(),
                    r.getPartition()));
    }

    /** Oldest first; internal comments only when asked for (the policy hides them from tenants anyway). */
    List<TicketComment> comments(UUID ticketId, boolean withInternal) {
        return dsl.selectFrom(TICKET_COMMENT)
            .where(TICKET_COMMENT.TICKET_ID.eq(ticketId)
                .and(withInternal ? DSL.noCondition() : TICKET_COMMENT.INTERNAL.isFalse()))
            .orderBy(TICKET_COMMENT.CREATED_AT, TICKET_COMMENT.ID)
            .fetch(r -> new TicketComment(r.getId(), r.getAuthor(), r.getAuthorRole(), r.getBody(), r.getInternal(),
                    r.getStatusChange(), r.getCreatedAt()));
    }

    void addComment(UUID tenantId, UUID ticketId, String author, String authorRole, String body, boolean internal,
            String statusChange) {
        dsl.insertInto(TICKET_COMMENT)
            .set(TICKET_COMMENT.TICKET_ID, ticketId)
            .set(TICKET_COMMENT.TENANT_ID, tenantId)
            .set(TICKET_COMMENT.AUTHOR, author)
            .set(TICKET_COMMENT.AUTHOR_ROLE, authorRole)
            .set(TICKET_COMMENT.BODY, body)
            .set(TICKET_COMMENT.INTERNAL, internal)
            .set(TICKET_COMMENT.STATUS_CHANGE, statusChange)
            .execute();
    }

    /** Sets (or with null clears) who works the ticket; returns whether the caller could change it. */
    boolean assign(UUID ticketId, @Nullable UUID agentId, @Nullable String agentEmail, String actor) {
        return dsl.update(T)
            .set(T.ASSIGNEE_ID, agentId)
            .set(T.ASSIGNEE_EMAIL, agentEmail)
            .set(T.UPDATED_BY, actor)
            .set(T.UPDATED_AT, java.time.OffsetDateTime.now())
            .set(T.VERSION, T.VERSION.plus(1))
            .where(T.ID.eq(ticketId).and(T.STATUS.ne(TicketStatus.DRAFT.name())))
            .execute() == 1;
    }

    List<SupportAgent> supportAgents() {
        return dsl.fetch("select id, email, display_name from payerlink_support_agents()")
            .map(r -> new SupportAgent(r.get(0, UUID.class), r.get(1, String.class), r.get(2, String.class)));
    }

    /** The linked account's name, or null when the ticket's tenant has no account with this AWS account ID. */
    @Nullable String linkAccountAsAgent(UUID ticketId, String awsAccountId) {
        return dsl.select(DSL.field("payerlink_support_link_account({0}, {1})", String.class, DSL.val(ticketId),
                DSL.val(awsAccountId))).fetchOne(0, String.class);
    }

    private static Condition scope(UUID tenantId) {
        return tenantId == null ? T.STATUS.ne(TicketStatus.DRAFT.name()) : T.TENANT_ID.eq(tenantId);
    }

    private static Condition conditions(UUID tenantId, TicketQuery q) {
        Condition c = scope(tenantId);
        if (q.status() != null) {
            c = c.and(T.STATUS.eq(q.status().name()));
        }
        if (q.priority() != null) {
            c = c.and(T.PRIORITY.eq(q.priority().name()));
        }
        if (q.assignee() != null) {
            c = c.and(T.ASSIGNEE_ID.eq(q.assignee()));
        }
        if (q.search() != null && !q.search().isBlank()) {
            String text = q.search().strip();
            c = c.and(T.REFERENCE.containsIgnoreCase(text).or(T.SUBJECT.containsIgnoreCase(text))
                .or(T.TENANT_NAME.containsIgnoreCase(text)));
        }
        return c;
    }

}
