package com.payerlink.core.security;

import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.experimental.Accessors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in user: the principal from which every request's database scope is taken. A user as the sign-in found
 * them carries a security stamp, which every request of their session must still match.
 */
@Getter
@Accessors(fluent = true)
@AllArgsConstructor
public class PayerlinkUser implements UserDetails, CredentialsContainer {

    private final UUID id;

    /** The user's tenant, or null for platform staff. */
    private final UUID tenantId;

    private final String tenantName;

    private final String email;

    private final String displayName;

    private final Role role;

    @Getter(AccessLevel.NONE)
    private final boolean enabled;

    private final OffsetDateTime lockedUntil;

    @Getter(AccessLevel.NONE)
    private String passwordHash;

    /** The user's security stamp when they signed in; null for principals without a session. */
    private final Integer securityStamp;

    /** Whether the user must choose a new password before anything else (the first platform admin's generated one). */
    private final boolean mustChangePassword;

    /** A principal outside a signed-in session (an API token's): it carries no security stamp. */
    public PayerlinkUser(UUID id, UUID tenantId, String tenantName, String email, String displayName, Role role, boolean enabled,
            OffsetDateTime lockedUntil, String passwordHash) {
        this(id, tenantId, tenantName, email, displayName, role, enabled, lockedUntil, passwordHash, null);
    }

    /** A signed-in user with the security stamp the session started with. */
    public PayerlinkUser(UUID id, UUID tenantId, String tenantName, String email, String displayName, Role role, boolean enabled,
            OffsetDateTime lockedUntil, String passwordHash, Integer securityStamp) {
        this(id, tenantId, tenantName, email, displayName, role, enabled, lockedUntil, passwordHash, securityStamp, false);
    }

    /** The tenant's name, or "Payerlink platform" for platform staff. */
    public String tenantName() {
        return tenantName == null ? "Payerlink platform" : tenantName;
    }

    /** This user, told to change their password before anything else. */
    PayerlinkUser requiringPasswordChange() {
        return new PayerlinkUser(id, tenantId, tenantName, email, displayName, role, enabled, lockedUntil, passwordHash,
                securityStamp, true);
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
