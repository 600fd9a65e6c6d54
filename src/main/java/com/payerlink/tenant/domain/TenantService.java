package com.payerlink.tenant.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The platform's tenants (MSPs). Creating them is the platform admin's job. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TenantService {

    private final TenantDAO tenantDAO;

    private final UserDAO userDAO;

    private final UserService userService;

    private final AuditLog auditLog;

    /** Every tenant with its number of users. Platform admins only. */
    @Transactional(readOnly = true)
    public List<Tenant> tenants() {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        return tenantDAO.findAll();
    }

    /** Creates a tenant and its first org admin in one transaction: both or neither. */
    @Transactional
    public Tenant create(NewTenant request) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        NewTenant valid = request.validated();
        if (tenantDAO.nameTaken(valid.name())) {
            throw new InvalidInputException("name", "A tenant called " + valid.name() + " exists already.");
        }
        if (tenantDAO.codeTaken(valid.code())) {
            throw new InvalidInputException("code", "The code " + valid.code() + " is taken; choose another.");
        }
        if (userDAO.emailExists(valid.orgAdmin().email())) {
            throw new InvalidInputException("email", UserService.EMAIL_TAKEN);
        }
        UUID id = UUID.randomUUID();
        tenantDAO.insert(id, valid.name(), valid.code());
        UserAccount admin = userService.insert(id, valid.name(), valid.orgAdmin());
        auditLog.record(id, "TENANT_CREATED", valid.name() + " with org admin " + admin.email()
                + (valid.orgAdmin().setsOwnPassword() ? ", invited to set their password" : ""));
        return tenantDAO.findAll().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** Creates a platform staff user (platform admin or support agent). Platform scope only. */
    @Transactional
    public UserAccount createPlatformUser(NewUser user) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        NewUser valid = user.validated();
        if (valid.role().isTenantRole()) {
            throw new InvalidInputException("role", "Platform users are platform admins or support agents.");
        }
        UserAccount created = userService.insert(null, "Payerlink", valid);
        auditLog.record(null, "USER_CREATED", created.email() + " as " + created.role().label());
        return created;
    }

    /** Adds a user to a named tenant (demo data, support): platform scope only. */
    @Transactional
    public Optional<UserAccount> addUserToTenant(String tenantName, NewUser user) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        NewUser valid = user.validated();
        if (userDAO.emailExists(valid.email())) {
            return Optional.empty();
        }
        UUID tenant = tenantDAO.findIdByName(tenantName)
            .orElseThrow(() -> new InvalidInputException(null, "No tenant called " + tenantName));
        return Optional.of(userService.insert(tenant, tenantName, valid));
    }

    /** One tenant, for its detail page. Platform admins only. */
    @Transactional(readOnly = true)
    public Optional<Tenant> tenant(UUID tenantId) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        return tenantDAO.findAll().stream().filter(t -> t.id().equals(tenantId)).findFirst();
    }

    /** The users of a tenant, for its detail page. Platform admins only. */
    @Transactional(readOnly = true)
    public List<UserAccount> usersOf(UUID tenantId) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        return userDAO.findByTenant(tenantId);
    }

    /** Mails a user of a tenant a new set-your-password link (the first org admin's got lost). Platform admins only. */
    @Transactional
    public void sendSetPasswordLink(UUID tenantId, UUID userId) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        var user = userDAO.findInTenant(tenantId, userId)
            .orElseThrow(() -> new InvalidInputException(null, "That user no longer exists in this tenant."));
        userService.invite(user, tenantDAO.findName(tenantId).orElse("Payerlink"));
    }

    /** Marks the user as having to choose a new password at their next sign-in (a generated first password). */
    @Transactional
    public void requirePasswordChange(UUID userId) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        userDAO.requirePasswordChange(userId);
    }

    @Transactional(readOnly = true)
    public boolean platformAdminExists() {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        return userDAO.platformAdminExists();
    }

    /** The caller's own tenant (its name, and the code that prefixes its ticket numbers). */
    @Transactional(readOnly = true)
    public Tenant currentTenant() {
        UUID tenant = CurrentScope.requireTenant();
        return tenantDAO.findAll().stream().filter(t -> t.id().equals(tenant)).findFirst().orElseThrow();
    }

    /** True when the address is an enabled user's of the caller's own tenant: its mail goes only to its users. */
    @Transactional(readOnly = true)
    public boolean isUserOfCurrentTenant(String email) {
        return userDAO.enabledUserExists(CurrentScope.requireTenant(), email);
    }

    @Transactional(readOnly = true)
    public Optional<UUID> tenantIdByName(String name) {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        return tenantDAO.findIdByName(name);
    }

}
