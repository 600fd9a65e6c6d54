package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static com.payerlink.db.Tables.DIGEST_OPT_OUT;

/** Who of a tenant has switched the daily digest off. Every query names the tenant; RLS backs it up. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DigestDAO {

    private final DSLContext dsl;

    Set<UUID> optedOut(UUID tenantId) {
        return new HashSet<>(dsl.select(DIGEST_OPT_OUT.USER_ID).from(DIGEST_OPT_OUT)
            .where(DIGEST_OPT_OUT.TENANT_ID.eq(tenantId)).fetch(DIGEST_OPT_OUT.USER_ID));
    }

    boolean isOptedOut(UUID tenantId, UUID userId) {
        return dsl.fetchExists(DIGEST_OPT_OUT, DIGEST_OPT_OUT.TENANT_ID.eq(tenantId).and(DIGEST_OPT_OUT.USER_ID.eq(userId)));
    }

    void optOut(UUID tenantId, UUID userId) {
        dsl.insertInto(DIGEST_OPT_OUT).set(DIGEST_OPT_OUT.TENANT_ID, tenantId).set(DIGEST_OPT_OUT.USER_ID, userId)
            .onConflictDoNothing().execute();
    }

    void optIn(UUID tenantId, UUID userId) {
        dsl.deleteFrom(DIGEST_OPT_OUT)
            .where(DIGEST_OPT_OUT.TENANT_ID.eq(tenantId).and(DIGEST_OPT_OUT.USER_ID.eq(userId))).execute();
    }

}
