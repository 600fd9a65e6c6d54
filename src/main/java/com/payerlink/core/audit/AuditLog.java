package com.payerlink.core.audit;

import lombok.RequiredArgsConstructor;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

import java.util.UUID;

import static com.payerlink.db.Tables.AUDIT_LOG;

/** Who did what, when: one row per change that matters, in the acting tenant. */
@Service
@RequiredArgsConstructor
public class AuditLog {

    private final DSLContext dsl;

    /** Records an action of the current user in the current tenant. */
    public void record(String action, String detail) {
        record(CurrentScope.get().tenantId(), action, detail);
    }

    /** Records an action concerning the given tenant (platform staff acting on one). */
    public void record(UUID tenantId, String action, String detail) {
        record(tenantId, CurrentScope.actor(), action, detail);
    }

    /** Records an attempt of someone not signed in (a refused sign-in), named as they gave themselves. */
    public void record(UUID tenantId, String actor, String action, String detail) {
        DatabaseScope scope = CurrentScope.get();
        dsl.insertInto(AUDIT_LOG)
            .set(AUDIT_LOG.TENANT_ID, tenantId)
            .set(AUDIT_LOG.ACTOR_ID, scope.userId())
            .set(AUDIT_LOG.ACTOR_EMAIL, actor)
            .set(AUDIT_LOG.ACTION, action)
            .set(AUDIT_LOG.DETAIL, detail)
            .execute();
    }


}
