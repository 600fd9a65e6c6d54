package com.payerlink.twofactor.domain;

import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The signed-in user's own two-factor sign-in, and an org admin's requirement of it for the tenant. */
@Service
@RequiredArgsConstructor
public class TwoFactorService {

    private final Authenticators authenticators;

    private final AuditLog auditLog;

    /** The signed-in user's two-factor sign-in. */
    @Transactional(readOnly = true)
    public TwoFactorStatus status() {
        DatabaseScope me = signedIn();
        UUID user = Objects.requireNonNull(me.userId());
        boolean enrolled = authenticators.confirmedAt(user).isPresent();
        return new TwoFactorStatus(enrolled, authenticators.required(Objects.requireNonNull(me.role()), me.tenantId()),
                enrolled ? authenticators.recoveryCodesLeft(user) : 0);
    }

    /** Starts setting up an authenticator app (a new one replaces the old once its first code confirms it). */
    @Transactional
    public Enrolment startEnrolment() {
        return authenticators.begin(Objects.requireNonNull(signedIn().userId()), CurrentScope.actor());
    }

    /**
     * Confirms the app being set up with the code it shows.
     *
     * @return the ten recovery codes, to be shown once
     * @throws InvalidInputException on the field "code" when the code is wrong
     */
    @Transactional
    public List<String> confirmEnrolment(String code) {
        List<String> codes = authenticators.confirm(Objects.requireNonNull(signedIn().userId()), code);
        auditLog.record("TWO_FACTOR_ENABLED", CurrentScope.actor() + " set up an authenticator app");
        return codes;
    }

    /** Ten new recovery codes; the previous ones stop working. */
    @Transactional
    public List<String> newRecoveryCodes() {
        UUID user = Objects.requireNonNull(signedIn().userId());
        if (authenticators.confirmedAt(user).isEmpty()) {
            throw new InvalidInputException(null, "Set up an authenticator app first: recovery codes stand in for it.");
        }
        List<String> codes = authenticators.newRecoveryCodes(user);
        auditLog.record("TWO_FACTOR_RECOVERY_CODES_RENEWED", CurrentScope.actor() + " made new recovery codes");
        return codes;
    }

    /** Turns two-factor sign-in off for the signed-in user, unless it is required for them. */
    @Transactional
    public void turnOff() {
        DatabaseScope me = signedIn();
        if (authenticators.required(Objects.requireNonNull(me.role()), me.tenantId())) {
            throw new InvalidInputException(null, me.role().isTenantRole()
                    ? "Your organization requires two-factor sign-in, so it stays on. To use another phone, set up the app again."
                    : "Platform staff always sign in with two factors. To use another phone, set up the app again.");
        }
        authenticators.remove(Objects.requireNonNull(me.userId()));
        auditLog.record("TWO_FACTOR_DISABLED", CurrentScope.actor() + " turned two-factor sign-in off");
    }

    /** Whether the signed-in user's tenant requires two-factor sign-in of its users. */
    @Transactional(readOnly = true)
    public boolean tenantRequires() {
        return authenticators.tenantRequires(CurrentScope.requireTenant());
    }

    /** Org admins: requires (or no longer requires) two-factor sign-in of every user of the tenant, from their next sign-in. */
    @Transactional
    public void requireForTenant(boolean required) {
        CurrentScope.requireRole(Role.ORG_ADMIN);
        authenticators.setTenantRequires(CurrentScope.requireTenant(), required);
        auditLog.record("TWO_FACTOR_REQUIREMENT_CHANGED", required
                ? "Two-factor sign-in is now required for every user of the organization"
                : "Two-factor sign-in is no longer required (each user may keep it on)");
    }

    private static DatabaseScope signedIn() {
        DatabaseScope scope = CurrentScope.get();
        if (scope.userId() == null || scope.role() == null) {
            throw new AccessDeniedException("Sign in to change your two-factor sign-in.");
        }
        return scope;
    }

}
