package com.payerlink.dashboard.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountState;
import com.payerlink.db.tables.AccountHistory;
import com.payerlink.db.tables.CustomerAccount;
import com.payerlink.db.tables.Invitation;
import com.payerlink.db.tables.Ticket;
import com.payerlink.db.tables.TicketAccount;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static com.payerlink.db.Tables.ACCOUNT_HISTORY;
import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;
import static com.payerlink.db.Tables.INVITATION;
import static com.payerlink.db.Tables.TICKET;
import static com.payerlink.db.Tables.TICKET_ACCOUNT;

/**
 * The tenant dashboard's aggregates, one statement per widget. Every query names the tenant; row-level security
 * backs it up. A read model over the accounts', invitations' and tickets' tables: it counts, never changes a row.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardDAO {

    private static final CustomerAccount CA = CUSTOMER_ACCOUNT;

    private static final AccountHistory H = ACCOUNT_HISTORY;

    // "Processing → Ready: …": the history line of every move into Ready
    private static final String INTO_READY = "%→ " + AccountState.READY.label() + "%";

    private final DSLContext dsl;

    /** The tenant's accounts per state (states without accounts are left out). */
    List<StateCount> accountsPerState(UUID tenant) {
        return dsl.select(CA.STATE, DSL.count()).from(CA)
            .where(CA.TENANT_ID.eq(tenant))
            .groupBy(CA.STATE)
            .fetch(r -> new StateCount(r.value1(), r.value2()));
    }

    /** Verification failed accounts per failed check: the codes are the state detail, comma-separated. */
    List<FailureCount> failuresByCode(UUID tenant) {
        return dsl.resultQuery("""
                select code, count(*) from customer_account a,
                    unnest(string_to_array(a.state_detail, ', ')) as code
                where a.tenant_id = ? and a.state = 'VERIFICATION_FAILED' and code ~ '^[A-Z0-9_]+$'
                group by code
                order by count(*) desc, code""", tenant)
            .fetch(r -> new FailureCount(r.get(0, String.class), r.get(1, Long.class)));
    }

    /** The four queues of accounts waiting for the tenant to act, in one statement. */
    ActionQueues actionQueues(UUID tenant, OffsetDateTime invitedBefore, OffsetDateTime processingSince) {
        return dsl.select(toRegister(tenant), invitedWaiting(tenant, invitedBefore),
                processingOverdue(tenant, processingSince), supportUnsubmitted(tenant))
            .fetchSingle(r -> new ActionQueues(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** How many accounts became Ready on each day (UTC) since then; days without any are left out. */
    List<ReadyDay> readyPerDay(UUID tenant, OffsetDateTime since) {
        Field<LocalDate> day = DSL.field("({0} at time zone 'UTC')::date", LocalDate.class, H.CREATED_AT);
        return dsl.select(day, DSL.count()).from(H)
            // the literal action lets the planner use the partial index of state changes
            .where(H.TENANT_ID.eq(tenant).and(H.ACTION.eq(DSL.inline("STATE_CHANGED")))
                .and(H.CREATED_AT.ge(since)).and(H.DETAIL.like(INTO_READY)))
            .groupBy(day)
            .orderBy(day)
            .fetch(r -> new ReadyDay(r.value1(), r.value2()));
    }

    private Field<Long> toRegister(UUID tenant) {
        // word for word the predicate of V14's partial index customer_account_to_register_idx
        return count(DSL.selectCount().from(CA)
            .where(CA.TENANT_ID.eq(tenant).and(DSL.condition("{0} = 'IN_PROGRESS' and {1} and {2} and cardinality({3}) > 0",
                    CA.STATE, CA.BILLING_ACCESS_CONFIRMED, CA.CUR_SETTINGS_CONFIRMED, CA.ROLE_ARNS))));
    }

    // the account's current invitation (one per account), not finished, on an account still in the wizard
    private Field<Long> invitedWaiting(UUID tenant, OffsetDateTime invitedBefore) {
        Invitation i = INVITATION;
        return count(DSL.selectCount().from(i).join(CA).on(CA.ID.eq(i.CUSTOMER_ACCOUNT_ID))
            .where(i.TENANT_ID.eq(tenant).and(CA.TENANT_ID.eq(tenant))
                .and(i.REVOKED_AT.isNull()).and(i.COMPLETED_AT.isNull()).and(i.CREATED_AT.lt(invitedBefore))
                .and(CA.STATE.in(inline(AccountState.DRAFT), inline(AccountState.IN_PROGRESS)))));
    }

    private Field<Long> processingOverdue(UUID tenant, OffsetDateTime processingSince) {
        return count(DSL.selectCount().from(CA)
            .where(CA.TENANT_ID.eq(tenant).and(CA.STATE.eq(inline(AccountState.PROCESSING)))
                .and(CA.PROCESSING_STARTED_AT.lt(processingSince))));
    }

    private Field<Long> supportUnsubmitted(UUID tenant) {
        TicketAccount ta = TICKET_ACCOUNT;
        Ticket t = TICKET;
        return count(DSL.selectCount().from(CA)
            .where(CA.TENANT_ID.eq(tenant).and(CA.STATE.eq(inline(AccountState.AWAITING_SUPPORT))))
            .andNotExists(DSL.selectOne().from(ta).join(t).on(t.ID.eq(ta.TICKET_ID))
                .where(ta.CUSTOMER_ACCOUNT_ID.eq(CA.ID).and(t.STATUS.ne(DSL.inline("DRAFT"))))));
    }

    // a literal state, so that the planner may use the partial indexes of V14 (a bound value would not prove them)
    private static Field<AccountState> inline(AccountState state) {
        return DSL.inline(state, CA.STATE);
    }

    private static Field<Long> count(org.jooq.Select<? extends org.jooq.Record1<Integer>> query) {
        return DSL.field(query).cast(Long.class);
    }

}
