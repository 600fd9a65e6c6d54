package com.payerlink.tenant.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SecretToken;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.db.tables.records.AppUserRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The users of the current tenant, managed by its org admins. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserService {

    static final String EMAIL_TAKEN = "This e-mail address already belongs to a Payerlink user. Use another address.";

    private final UserDAO userDAO;

    private final TenantDAO tenantDAO;

    private final PasswordEncoder passwordEncoder;

    private final AuditLog auditLog;

    private final ApplicationEventPublisher events;

    /** The users of the caller's tenant. Org admins only. */
    @Transactional(readOnly = true)
    public List<UserAccount> usersOfMyTenant() {
        return userDAO.findByTenant(CurrentScope.requireRoleInTenant(Role.ORG_ADMIN));
    }

    /**
     * Creates a user in the caller's tenant with a tenant role; without a password, the user gets a set-your-password
     * link by mail. Org admins only.
     */
    @Transactional
    public UserAccount create(NewUser user) {
        UUID tenant = CurrentScope.requireRoleInTenant(Role.ORG_ADMIN);
        NewUser valid = user.validated();
        if (!valid.role().isTenantRole()) {
            throw new InvalidInputException("role", "Choose Org admin, Operator or Viewer.");
        }
        UserAccount created = insert(tenant, organisation(), valid);
        auditLog.record(valid.setsOwnPassword() ? "USER_INVITED" : "USER_CREATED",
                created.email() + " as " + created.role().label());
        return created;
    }

    /** Gives a user of the tenant another tenant role; the tenant always keeps an enabled org admin. */
    @Transactional
    public UserAccount changeRole(UUID userId, int seenVersion, Role role) {
        DatabaseScope scope = CurrentScope.requireRole(Role.ORG_ADMIN);
        if (role == null || !role.isTenantRole()) {
            throw new InvalidInputException("role", "Choose Org admin, Operator or Viewer.");
        }
        AppUserRecord user = loadForChange(scope, userId);
        if (user.getRole().equals(Role.ORG_ADMIN.name()) && role != Role.ORG_ADMIN) {
            requireAnotherOrgAdmin(scope, user);
        }
        user.setRole(role.name());
        VersionedRows.store(user, seenVersion, "User " + user.getEmail());
        auditLog.record("USER_ROLE_CHANGED", user.getEmail() + " is now " + role.label());
        return UserDAO.toUser(user);
    }

    /** Enables or disables a user of the tenant; a disabled user cannot sign in. */
    @Transactional
    public UserAccount setEnabled(UUID userId, int seenVersion, boolean enabled) {
        DatabaseScope scope = CurrentScope.requireRole(Role.ORG_ADMIN);
        AppUserRecord user = loadForChange(scope, userId);
        if (!enabled && user.getRole().equals(Role.ORG_ADMIN.name())) {
            requireAnotherOrgAdmin(scope, user);
        }
        user.setEnabled(enabled);
        if (enabled) {
            user.setLockedUntil(null);
            user.setFailedLogins(0);
        }
        VersionedRows.store(user, seenVersion, "User " + user.getEmail());
        auditLog.record(enabled ? "USER_ENABLED" : "USER_DISABLED", user.getEmail());
        return UserDAO.toUser(user);
    }

    /** Mails a user of the caller's tenant a new set-your-password link (the first one expired or got lost). */
    @Transactional
    public void sendSetPasswordLink(UUID userId) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        AppUserRecord user = userDAO.findInTenant(CurrentScope.requireTenant(), userId)
            .orElseThrow(() -> new InvalidInputException(null, "That user no longer exists in your organisation."));
        invite(user, organisation());
    }

    void invite(AppUserRecord user, String organisation) {
        if (!user.getEnabled()) {
            throw new InvalidInputException(null, user.getEmail() + " is disabled; enable them first.");
        }
        events.publishEvent(new UserInvited(user.getId(), user.getTenantId(), user.getEmail(), user.getDisplayName(),
                organisation));
        auditLog.record(user.getTenantId(), "PASSWORD_LINK_SENT", user.getEmail());
    }

    /**
     * Inserts the user; one added without a password gets an unguessable one nobody knows, and is invited by mail to
     * set their own (link and mail in this same transaction).
     */
    UserAccount insert(UUID tenantId, String organisation, NewUser valid) {
        try {
            String password = valid.setsOwnPassword() ? SecretToken.generate() : valid.password();
            UserAccount created = userDAO.insert(tenantId, valid, passwordEncoder.encode(password));
            if (valid.setsOwnPassword()) {
                events.publishEvent(new UserInvited(created.id(), tenantId, created.email(), created.displayName(),
                        organisation));
            }
            return created;
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("email", EMAIL_TAKEN);
        }
    }

    private String organisation() {
        return tenantDAO.findName(CurrentScope.requireTenant()).orElse("Your organisation");
    }

    private AppUserRecord loadForChange(DatabaseScope scope, UUID userId) {
        AppUserRecord user = userDAO.findInTenant(CurrentScope.requireTenant(), userId)
            .orElseThrow(() -> new InvalidInputException(null, "That user no longer exists in your organisation."));
        if (Objects.equals(user.getId(), scope.userId())) {
            throw new InvalidInputException(null,
                    "You cannot change your own role or access; ask another org admin to do it.");
        }
        return user;
    }

    private void requireAnotherOrgAdmin(DatabaseScope scope, AppUserRecord user) {
        if (userDAO.countEnabledOrgAdmins(scope.tenantId()) <= 1) {
            throw new InvalidInputException(null,
                    user.getEmail() + " is the last enabled org admin; make someone else org admin first.");
        }
    }

}
