package com.payerlink.core.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The signed-in user: the principal from which every request's database scope is taken. */
public class PayerlinkUser implements UserDetails, CredentialsContainer {

    private final UUID id;

    private final UUID tenantId;

    private final String tenantName;

    private final String email;

    private final String displayName;

    private final Role role;

    private final boolean enabled;

    private final OffsetDateTime lockedUntil;

    private String passwordHash;

    private final Integer securityStamp;

    private boolean mustChangePassword;

    /** A principal outside a signed-in session (an API token's): it carries no security stamp. */
    public PayerlinkUser(UUID id, UUID tenantId, String tenantName, String email, String displayName, Role role, boolean enabled,
            OffsetDateTime lockedUntil, String passwordHash) {
        this(id, tenantId, tenantName, email, displayName, role, enabled, lockedUntil, passwordHash, null);
    }

    /** A user as the sign-in found them; the security stamp is what every request of their session must still match. */
    public PayerlinkUser(UUID id, UUID tenantId, String tenantName, String email, String displayName, Role role, boolean enabled,
            OffsetDateTime lockedUntil, String passwordHash, Integer securityStamp) {
        this.securityStamp = securityStamp;
        this.id = id;
        this.tenantId = tenantId;
        this.tenantName = tenantName;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    /** The user's tenant, or null for platform staff. */
    public UUID tenantId() {
        return tenantId;
    }

    /** The tenant's name, or "Payerlink platform" for platform staff. */
    public String tenantName() {
        return tenantName == null ? "Payerlink platform" : tenantName;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    /** The user's security stamp when they signed in; null for principals without a session. */
    public Integer securityStamp() {
        return securityStamp;
    }

    /** Whether the user must choose a new password before anything else (the first platform admin's generated one). */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** This user, told to change their password before anything else. */
    PayerlinkUser requiringPasswordChange() {
        PayerlinkUser copy = new PayerlinkUser(id, tenantId, tenantName, email, displayName, role, enabled, lockedUntil,
                passwordHash, securityStamp);
        copy.mustChangePassword = true;
        return copy;
    }

    /** This user after they set a new password in this session: the session goes on under the new security stamp. */
    public PayerlinkUser withNewPassword(int newSecurityStamp) {
        return new PayerlinkUser(id, tenantId, tenantName, email, displayName, role, enabled, lockedUntil, null,
                newSecurityStamp);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || OffsetDateTime.now(Clock.systemUTC()).isAfter(lockedUntil);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "PayerlinkUser[" + email + ", " + role + "]";
    }

}
