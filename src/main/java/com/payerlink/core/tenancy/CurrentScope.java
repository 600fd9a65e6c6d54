package com.payerlink.core.tenancy;

import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import org.slf4j.MDC;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The scope of the current thread: an explicit one for background work, else the signed-in user's.
 */
public final class CurrentScope {

    private static final ThreadLocal<DatabaseScope> EXPLICIT = new ThreadLocal<>();

    /** The log context's key for the tenant a thread acts for (JSON logs, README "Operations"). */
    public static final String TENANT_LOG_KEY = "tenantId";

    private CurrentScope() {
    }

    public static DatabaseScope get() {
        DatabaseScope explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PayerlinkUser user) {
            return new DatabaseScope(user.tenantId(), user.role(), user.id());
        }
        return DatabaseScope.NONE;
    }

    /** Who acts, for histories and the audit log: the signed-in user's (or API token's) name, else "system". */
    public static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() ? auth.getName() : "system";
    }

    /** Runs work in the given scope; the previous scope is restored afterwards. */
    public static <T> T callAs(DatabaseScope scope, Supplier<T> work) {
        DatabaseScope previous = EXPLICIT.get();
        EXPLICIT.set(scope);
        // a background job's log lines name the tenant it works for
        String previousTenant = MDC.get(TENANT_LOG_KEY);
        if (scope.tenantId() != null) {
            MDC.put(TENANT_LOG_KEY, scope.tenantId().toString());
        }
        else {
            MDC.remove(TENANT_LOG_KEY);
        }
        try {
            return work.get();
        }
        finally {
            if (previousTenant == null) {
                MDC.remove(TENANT_LOG_KEY);
            }
            else {
                MDC.put(TENANT_LOG_KEY, previousTenant);
            }
            if (previous == null) {
                EXPLICIT.remove();
            }
            else {
                EXPLICIT.set(previous);
            }
        }
    }

    public static void runAs(DatabaseScope scope, Runnable work) {
        callAs(scope, () -> {
            work.run();
            return null;
        });
    }

    /** The current tenant; refuses when the caller acts for no tenant. */
    public static UUID requireTenant() {
        UUID tenant = get().tenantId();
        if (tenant == null) {
            throw new AccessDeniedException("This action belongs to a tenant, and you are not acting for one.");
        }
        return tenant;
    }

    /** Refuses unless the current scope has one of the roles. Services call this before they act. */
    public static DatabaseScope requireRole(Role... roles) {
        DatabaseScope scope = get();
        if (!scope.hasRole(roles)) {
            throw new AccessDeniedException("Your role may not do this.");
        }
        return scope;
    }

    /** Refuses unless the current scope has one of the roles, e.g. {@code Roles.EDITORS}. */
    public static DatabaseScope requireRole(Collection<Role> roles) {
        return requireRole(roles.toArray(Role[]::new));
    }

    /** Refuses unless the current scope has one of the roles and acts for a tenant; returns that tenant. */
    public static UUID requireRoleInTenant(Role... roles) {
        requireRole(roles);
        return requireTenant();
    }

    /** Refuses unless the current scope has one of the roles (e.g. {@code Roles.READERS}) and acts for a tenant. */
    public static UUID requireRoleInTenant(Collection<Role> roles) {
        return requireRoleInTenant(roles.toArray(Role[]::new));
    }

}
