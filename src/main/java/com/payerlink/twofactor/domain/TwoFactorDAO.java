package com.payerlink.twofactor.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.database.KeyedRows;
import com.payerlink.db.tables.records.TenantTwoFactorRecord;
import com.payerlink.db.tables.records.UserTwoFactorRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.TENANT_TWO_FACTOR;
import static com.payerlink.db.Tables.TWO_FACTOR_RECOVERY_CODE;
import static com.payerlink.db.Tables.USER_TWO_FACTOR;

/**
 * A user's authenticator and recovery codes, and a tenant's requirement. Queries name the user (or tenant);
 * row-level security lets a scope reach only its own user's rows and its own tenant's.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TwoFactorDAO {

    private final DSLContext dsl;

    Optional<UserTwoFactorRecord> find(UUID userId) {
        return dsl.selectFrom(USER_TWO_FACTOR).where(USER_TWO_FACTOR.USER_ID.eq(userId)).fetchOptional();
    }

    /** Keeps a new, not yet confirmed secret; a previous authenticator stays until the new one is confirmed. */
    void saveUnconfirmed(UUID userId, String sealedSecret) {
        UserTwoFactorRecord row = new UserTwoFactorRecord();
        row.setUserId(userId);
        row.setSecretSealed(sealedSecret);
        row.setConfirmedAt(null);
        row.setLastUsedStep(0L);
        KeyedRows.put(dsl, row, USER_TWO_FACTOR.USER_ID, USER_TWO_FACTOR.CREATED_AT);
    }

    void confirm(UUID userId, long step) {
        dsl.update(USER_TWO_FACTOR)
            .set(USER_TWO_FACTOR.CONFIRMED_AT, DSL.currentOffsetDateTime())
            .set(USER_TWO_FACTOR.LAST_USED_STEP, step)
            .where(USER_TWO_FACTOR.USER_ID.eq(userId))
            .execute();
    }

    /** Accepts a code's time step once: false when that step (or a later one) was used already. */
    boolean useStep(UUID userId, long step) {
        return dsl.update(USER_TWO_FACTOR)
            .set(USER_TWO_FACTOR.LAST_USED_STEP, step)
            .where(USER_TWO_FACTOR.USER_ID.eq(userId).and(USER_TWO_FACTOR.LAST_USED_STEP.lt(step)))
            .execute() == 1;
    }

    void remove(UUID userId) {
        dsl.deleteFrom(TWO_FACTOR_RECOVERY_CODE).where(TWO_FACTOR_RECOVERY_CODE.USER_ID.eq(userId)).execute();
        dsl.deleteFrom(USER_TWO_FACTOR).where(USER_TWO_FACTOR.USER_ID.eq(userId)).execute();
    }

    void replaceRecoveryCodes(UUID userId, List<String> hashes) {
        dsl.deleteFrom(TWO_FACTOR_RECOVERY_CODE).where(TWO_FACTOR_RECOVERY_CODE.USER_ID.eq(userId)).execute();
        var insert = dsl.insertInto(TWO_FACTOR_RECOVERY_CODE, TWO_FACTOR_RECOVERY_CODE.USER_ID, TWO_FACTOR_RECOVERY_CODE.CODE_HASH);
        hashes.forEach(hash -> insert.values(userId, hash));
        insert.execute();
    }

    /** Uses up a recovery code: false when the user has no unused code with that hash. */
    boolean useRecoveryCode(UUID userId, String hash) {
        return dsl.update(TWO_FACTOR_RECOVERY_CODE)
            .set(TWO_FACTOR_RECOVERY_CODE.USED_AT, DSL.currentOffsetDateTime())
            .where(TWO_FACTOR_RECOVERY_CODE.USER_ID.eq(userId)
                .and(TWO_FACTOR_RECOVERY_CODE.CODE_HASH.eq(hash))
                .and(TWO_FACTOR_RECOVERY_CODE.USED_AT.isNull()))
            .execute() == 1;
    }

    int recoveryCodesLeft(UUID userId) {
        return dsl.fetchCount(TWO_FACTOR_RECOVERY_CODE,
                TWO_FACTOR_RECOVERY_CODE.USER_ID.eq(userId).and(TWO_FACTOR_RECOVERY_CODE.USED_AT.isNull()));
    }

    boolean tenantRequires(UUID tenantId) {
        return Boolean.TRUE.equals(dsl.select(TENANT_TWO_FACTOR.REQUIRED).from(TENANT_TWO_FACTOR)
            .where(TENANT_TWO_FACTOR.TENANT_ID.eq(tenantId)).fetchOne(TENANT_TWO_FACTOR.REQUIRED));
    }

    void setTenantRequires(UUID tenantId, boolean required) {
        TenantTwoFactorRecord row = new TenantTwoFactorRecord();
        row.setTenantId(tenantId);
        row.setRequired(required);
        KeyedRows.put(dsl, row, TENANT_TWO_FACTOR.TENANT_ID, TENANT_TWO_FACTOR.UPDATED_AT);
    }

}
