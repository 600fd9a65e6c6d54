package com.payerlink.core.security;

import com.payerlink.core.database.SignInDatabase;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Sign-in lookups, the sign-in attempt counters and the sessions' security stamps. They run before any tenant is
 * known, so they go through the narrow security-definer functions of the schema, never around row-level security.
 */
@Service
public class SignInDirectory implements UserDetailsService {

    private final DSLContext dsl;

    private final SignInLimits limits;

    public SignInDirectory(SignInDatabase signIn, SignInLimits limits) {
        this.dsl = signIn.dsl();
        this.limits = limits;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Record row = dsl.fetchOptional("select u.*, payerlink_session_stamp(u.id) as security_stamp, "
                    + "payerlink_password_change_required(u.id) as must_change_password from payerlink_login_user(?) u",
                    email == null ? "" : email.trim())
            .orElseThrow(() -> new UsernameNotFoundException("No user with that e-mail address"));
        PayerlinkUser user = new PayerlinkUser(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                row.get("tenant_name", String.class),
                row.get("email", String.class), row.get("display_name", String.class),
                Role.valueOf(row.get("role", String.class)), row.get("enabled", Boolean.class),
                row.get("locked_until", OffsetDateTime.class), row.get("password_hash", String.class),
                row.get("security_stamp", Integer.class));
        return Boolean.TRUE.equals(row.get("must_change_password", Boolean.class)) ? user.requiringPasswordChange() : user;
    }

    /**
     * Counts a sign-in attempt of the e-mail address (known or not) from the client address, before its password is
     * checked; one atomic statement per count, so parallel attempts on any number of nodes cannot exceed the limits.
     *
     * @return null when the password may be checked, else the end of the pause that refuses the attempt
     */
    public @Nullable OffsetDateTime countAttempt(String email, String clientAddress) {
        return dsl.fetchOne("select payerlink_sign_in_attempt(?, ?, ?, ?, ?, ?::interval, ?::interval, ?::interval)",
                email, clientAddress, limits.perAccountAndAddress(), limits.perAddress(), limits.perAccount(),
                interval(limits.window()), interval(limits.firstPause()), interval(limits.longestPause()))
            .get(0, OffsetDateTime.class);
    }

    /** A successful sign-in: its attempt does not count against the client address or the e-mail address. */
    public void recordSuccess(String email, String clientAddress) {
        dsl.execute("select payerlink_sign_in_succeeded(?, ?)", email, clientAddress);
    }

    /**
     * Records a sign-in event in the audit log of the address's user (without a tenant when the address is nobody's).
     *
     * @param action one of SIGN_IN, SIGN_IN_FAILED, SIGN_IN_PAUSED, SIGN_IN_SECOND_STEP_FAILED
     */
    public void audit(String email, String action, String detail) {
        dsl.execute("select payerlink_sign_in_audit(?, ?, ?)", email, action, detail);
    }

    /** Whether the signed-in user's access is still what it was when the session started (not disabled, removed or changed). */
    public boolean isCurrent(PayerlinkUser user) {
        if (user.securityStamp() == null) {
            return false;
        }
        Integer stamp = dsl.fetchOne("select payerlink_session_stamp(?)", user.id()).get(0, Integer.class);
        return Objects.equals(stamp, user.securityStamp());
    }

    private static String interval(Duration duration) {
        return duration.toMillis() + " milliseconds";
    }

}
