package com.payerlink.core.tenancy;

import com.payerlink.core.security.Role;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * Who a database connection works for: bound to every connection the portal hands out, and
 * read by the row-level security policies. {@link #NONE} sees no tenant-owned row at all.
 */
public record DatabaseScope(@Nullable UUID tenantId, @Nullable Role role, @Nullable UUID userId) {

    public static final DatabaseScope NONE = new DatabaseScope(null, null, null);

    /** The platform itself (first start, demo data): acts as a platform admin without a user. */
    public static DatabaseScope platform() {
        return new DatabaseScope(null, Role.PLATFORM_ADMIN, null);
    }

    /** Background work on behalf of one tenant, with the rights of an org admin of it. */
    public static DatabaseScope tenantSystem(UUID tenantId) {
        return new DatabaseScope(tenantId, Role.ORG_ADMIN, null);
    }

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

}
