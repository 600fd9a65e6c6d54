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
import java.util.UUID;

/**
 * Sign-in lookups and the lockout counter. They run before any tenant is known, so they go
 * through the narrow security-definer functions of the schema, never around row-level security.
 */
@Service
public class SignInDirectory implements UserDetailsService {

    /** Failed sign-ins in a row that lock the user. */
    public static final int MAX_FAILURES = 5;

    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final DSLContext dsl;

    public SignInDirectory(SignInDatabase signIn) {
        this.dsl = signIn.dsl();
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Record row = dsl.fetchOptional("select * from payerlink_login_user(?)", email == null ? "" : email.trim())
            .orElseThrow(() -> new UsernameNotFoundException("No user with that e-mail address"));
        return new PayerlinkUser(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                row.get("tenant_name", String.class),
                row.get("email", String.class), row.get("display_name", String.class),
                Role.valueOf(row.get("role", String.class)), row.get("enabled", Boolean.class),
                row.get("locked_until", OffsetDateTime.class), row.get("password_hash", String.class));
    }

    /**
     * Counts a failed sign-in for the e-mail address.
     * @return the end of the lock when the user is (now) locked, else null
     */
    public @Nullable OffsetDateTime recordFailure(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return dsl.fetchOne("select payerlink_login_failed(?, ?, ?::interval)", email.trim(), MAX_FAILURES,
                LOCK_DURATION.toMinutes() + " minutes")
            .get(0, OffsetDateTime.class);
    }

    public void recordSuccess(UUID userId) {
        dsl.execute("select payerlink_login_succeeded(?)", userId);
    }

}
