package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/** The bulk registration's reads and its one set-based update. Every statement names the tenant; RLS backs it up. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountRegistrationDAO {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    // ids per statement, so a bound array stays modest
    private static final int CHUNK = 5000;

    private final DSLContext dsl;

    /** What decides whether an account may be registered. */
    record Candidate(UUID id, AccountState state, boolean billingAccessConfirmed, boolean curSettingsConfirmed,
            List<RoleArn> roleArns, Partition partition, AccountId accountId) {
    }

    /** A registered account, for its {@link ConnectionRegistered} event. */
    record Registered(UUID id, String name, ConnectionMethod method) {
    }

    List<Candidate> candidates(UUID tenantId, List<UUID> ids) {
        List<Candidate> candidates = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            UUID[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(UUID[]::new);
            candidates.addAll(dsl.select(CA.ID, CA.STATE, CA.BILLING_ACCESS_CONFIRMED, CA.CUR_SETTINGS_CONFIRMED,
                        CA.ROLE_ARNS, CA.PARTITION, CA.ACCOUNT_ID)
                .from(CA)
                .where(CA.TENANT_ID.eq(tenantId).and(CA.ID.eq(DSL.any(chunk))))
                .fetch(r -> new Candidate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7())));
        }
        return candidates;
    }

    /**
     * Registers the accounts among {@code ids} that are still in one of the {@code from} states with every step done,
     * in one statement per chunk: AWAITING_VERIFICATION, registered now by the actor.
     */
    List<Registered> registerAll(UUID tenantId, Collection<UUID> ids, Collection<AccountState> from, String actor) {
        List<UUID> all = List.copyOf(ids);
        List<Registered> registered = new ArrayList<>(all.size());
        OffsetDateTime now = OffsetDateTime.now();
        for (int start = 0; start < all.size(); start += CHUNK) {
            UUID[] chunk = all.subList(start, Math.min(all.size(), start + CHUNK)).toArray(UUID[]::new);
            registered.addAll(dsl.update(CA)
                .set(CA.STATE, AccountState.AWAITING_VERIFICATION)
                .set(CA.REGISTERED_AT, now)
                .set(CA.REGISTERED_BY, actor)
                .set(CA.UPDATED_AT, now)
                .set(CA.VERSION, CA.VERSION.plus(1))
                .where(CA.TENANT_ID.eq(tenantId)
                    .and(CA.ID.eq(DSL.any(chunk)))
                    .and(CA.STATE.in(from))
                    .and(CA.BILLING_ACCESS_CONFIRMED.isTrue())
                    .and(CA.CUR_SETTINGS_CONFIRMED.isTrue())
                    .and(DSL.condition("cardinality({0}) > 0", CA.ROLE_ARNS)))
                .returning(CA.ID, CA.NAME, CA.CONNECTION_METHOD)
                .fetch(r -> new Registered(r.getId(), r.getName(), r.getConnectionMethod())));
        }
        return registered;
    }

}
