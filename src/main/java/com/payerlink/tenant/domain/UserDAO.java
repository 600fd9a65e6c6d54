package com.payerlink.tenant.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Role;
import com.payerlink.db.tables.records.AppUserRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.APP_USER;

/** User rows. Queries name the tenant; row-level security guards those that forget. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserDAO {

    private final DSLContext dsl;

    List<UserAccount> findByTenant(UUID tenantId) {
        return dsl.selectFrom(APP_USER)
            .where(APP_USER.TENANT_ID.eq(tenantId))
            .orderBy(APP_USER.DISPLAY_NAME, APP_USER.EMAIL)
            .fetch(UserDAO::toUser);
    }

    Optional<AppUserRecord> findInTenant(UUID tenantId, UUID userId) {
        return dsl.selectFrom(APP_USER)
            .where(APP_USER.ID.eq(userId).and(tenantCondition(tenantId)))
            .fetchOptional();
    }

    boolean platformAdminExists() {
        return dsl.fetchExists(APP_USER, APP_USER.ROLE.eq(Role.PLATFORM_ADMIN.name()));
    }

    boolean emailExists(String email) {
        return dsl.fetchExists(APP_USER, APP_USER.EMAIL.eq(email));
    }

    boolean enabledUserExists(UUID tenantId, String email) {
        return dsl.fetchExists(APP_USER, APP_USER.TENANT_ID.eq(tenantId).and(APP_USER.EMAIL.eq(email))
            .and(APP_USER.ENABLED.isTrue()));
    }

    int countEnabledOrgAdmins(UUID tenantId) {
        return dsl.fetchCount(APP_USER, APP_USER.TENANT_ID.eq(tenantId)
            .and(APP_USER.ROLE.eq(Role.ORG_ADMIN.name()))
            .and(APP_USER.ENABLED.isTrue()));
    }

    UserAccount insert(UUID tenantId, NewUser user, String passwordHash) {
        AppUserRecord record = dsl.newRecord(APP_USER);
        record.setId(UUID.randomUUID());
        record.setTenantId(tenantId);
        record.setEmail(user.email());
        record.setDisplayName(user.displayName());
        record.setRole(user.role().name());
        record.setPasswordHash(passwordHash);
        record.store();
        record.refresh();
        return toUser(record);
    }

    void requirePasswordChange(UUID userId) {
        dsl.update(APP_USER).set(APP_USER.MUST_CHANGE_PASSWORD, true).where(APP_USER.ID.eq(userId)).execute();
    }

    private static Condition tenantCondition(UUID tenantId) {
        return tenantId == null ? DSL.noCondition() : APP_USER.TENANT_ID.eq(tenantId);
    }

    static UserAccount toUser(AppUserRecord r) {
        return new UserAccount(r.getId(), r.getTenantId(), r.getEmail(), r.getDisplayName(), Role.valueOf(r.getRole()),
                r.getEnabled(), r.getLockedUntil(), r.getCreatedAt(), r.getVersion());
    }

}
