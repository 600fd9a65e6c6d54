package com.payerlink.invitation.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.db.tables.records.InvitationRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.INVITATION;

/** Invitation rows of a tenant, and the one lookup by token hash that works before a tenant is known. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationDAO {

    private static final com.payerlink.db.tables.Invitation I = INVITATION;

    private final DSLContext dsl;

    /** Revokes the account's current invitation, if any (resending replaces it). */
    int revokeCurrent(UUID tenantId, UUID accountId, String by) {
        return dsl.update(I)
            .set(I.REVOKED_AT, OffsetDateTime.now())
            .set(I.REVOKED_BY, by)
            .where(I.TENANT_ID.eq(tenantId).and(I.CUSTOMER_ACCOUNT_ID.eq(accountId)).and(I.REVOKED_AT.isNull()))
            .execute();
    }

    void insert(UUID tenantId, UUID accountId, String tokenHash, List<String> sentTo, String by,
            OffsetDateTime expiresAt) {
        dsl.insertInto(I)
            .set(I.ID, UUID.randomUUID())
            .set(I.TENANT_ID, tenantId)
            .set(I.CUSTOMER_ACCOUNT_ID, accountId)
            .set(I.TOKEN_HASH, tokenHash)
            .set(I.SENT_TO, sentTo.toArray(String[]::new))
            .set(I.CREATED_BY, by)
            .set(I.EXPIRES_AT, expiresAt)
            .execute();
    }

    /** The current (unrevoked) invitation of each account that has one. */
    List<InvitationRecord> current(UUID tenantId, Collection<UUID> accountIds) {
        return dsl.selectFrom(I)
            .where(I.TENANT_ID.eq(tenantId).and(I.CUSTOMER_ACCOUNT_ID.in(accountIds)).and(I.REVOKED_AT.isNull()))
            .fetch();
    }

    /** The latest invitation of each account that ever had one (revoked ones included), newest first. */
    List<InvitationRecord> latestPerAccount(UUID tenantId, int limit) {
        return dsl.select(I.fields()).distinctOn(I.CUSTOMER_ACCOUNT_ID).from(I)
            .where(I.TENANT_ID.eq(tenantId))
            .orderBy(I.CUSTOMER_ACCOUNT_ID, I.CREATED_AT.desc())
            .limit(limit)
            .fetchInto(I);
    }

    List<InvitationRecord> latestOf(UUID tenantId, Collection<UUID> accountIds) {
        return dsl.select(I.fields()).distinctOn(I.CUSTOMER_ACCOUNT_ID).from(I)
            .where(I.TENANT_ID.eq(tenantId).and(I.CUSTOMER_ACCOUNT_ID.in(accountIds)))
            .orderBy(I.CUSTOMER_ACCOUNT_ID, I.CREATED_AT.desc())
            .fetchInto(I);
    }

    /** Through the schema's narrow security-definer function: works without any tenant bound. */
    Optional<Record> lookup(String tokenHash) {
        return dsl.fetchOptional("select * from payerlink_invitation_lookup(?)", tokenHash);
    }

    /** @return true the first time */
    boolean markOpened(UUID tenantId, UUID id) {
        return dsl.update(I).set(I.OPENED_AT, OffsetDateTime.now())
            .where(I.TENANT_ID.eq(tenantId).and(I.ID.eq(id)).and(I.OPENED_AT.isNull()))
            .execute() == 1;
    }

    void markCompleted(UUID tenantId, UUID id) {
        dsl.update(I).set(I.COMPLETED_AT, OffsetDateTime.now())
            .where(I.TENANT_ID.eq(tenantId).and(I.ID.eq(id)).and(I.COMPLETED_AT.isNull()))
            .execute();
    }

    Optional<InvitationRecord> find(UUID tenantId, UUID id) {
        return dsl.selectFrom(I).where(I.TENANT_ID.eq(tenantId).and(I.ID.eq(id))).fetchOptional();
    }

    static InvitationStatus statusOf(InvitationRecord r, OffsetDateTime now) {
        if (r.getRevokedAt() != null) {
            return InvitationStatus.REVOKED;
        }
        if (r.getCompletedAt() != null) {
            return InvitationStatus.COMPLETED;
        }
        if (!r.getExpiresAt().isAfter(now)) {
            return InvitationStatus.EXPIRED;
        }
        return r.getOpenedAt() != null ? InvitationStatus.OPENED : InvitationStatus.PENDING;
    }

}
