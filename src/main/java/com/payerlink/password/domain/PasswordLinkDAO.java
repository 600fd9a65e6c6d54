package com.payerlink.password.domain;

import com.payerlink.core.database.SignInDatabase;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import static com.payerlink.db.Tables.PASSWORD_TOKEN;

/**
 * Password links and password changes. What happens before anyone is signed in (asking for a reset, using a link)
 * goes through the sign-in role's narrow functions; an invitation's link is written in the inviting tenant's scope,
 * under row-level security.
 */
@Component
class PasswordLinkDAO {

    private final DSLContext signIn;

    private final DSLContext dsl;

    PasswordLinkDAO(SignInDatabase signInDatabase, DSLContext dsl) {
        this.signIn = signInDatabase.dsl();
        this.dsl = dsl;
    }

    record ResetFor(UUID userId, @Nullable UUID tenantId, String email, String displayName) {
    }

    record LinkOwner(String email, String purpose) {
    }

    /** Stores a reset link for the enabled user with this address, unless too many were asked for; else empty. */
    Optional<ResetFor> storeReset(String email, String tokenHash, Duration valid, int perHour) {
        return signIn.resultQuery("select * from payerlink_password_reset_token(?, ?, ?::interval, ?)", email, tokenHash,
                    valid.toMillis() + " milliseconds", perHour)
            .fetchOptional(r -> new ResetFor(r.get(0, UUID.class), r.get(1, UUID.class), r.get(2, String.class),
                    r.get(3, String.class)));
    }

    void storeInvitation(String tokenHash, UUID userId, @Nullable UUID tenantId, OffsetDateTime expiresAt) {
        dsl.insertInto(PASSWORD_TOKEN)
            .set(PASSWORD_TOKEN.TOKEN_HASH, tokenHash)
            .set(PASSWORD_TOKEN.USER_ID, userId)
            .set(PASSWORD_TOKEN.TENANT_ID, tenantId)
            .set(PASSWORD_TOKEN.PURPOSE, "INVITE")
            .set(PASSWORD_TOKEN.EXPIRES_AT, expiresAt)
            .execute();
    }

    Optional<LinkOwner> owner(String tokenHash) {
        return signIn.resultQuery("select * from payerlink_password_token_user(?)", tokenHash)
            .fetchOptional(r -> new LinkOwner(r.get(0, String.class), r.get(1, String.class)));
    }

    /** Uses the link once; the e-mail address whose password it set, or empty when it is used, expired or unknown. */
    Optional<String> use(String tokenHash, String passwordHash) {
        Record r = signIn.fetchOne("select payerlink_password_token_use(?, ?)", tokenHash, passwordHash);
        return Optional.ofNullable(r == null ? null : r.get(0, String.class));
    }

    /** Sets the user's new password; their new security stamp, or empty when the user is gone or disabled. */
    Optional<Integer> change(UUID userId, String passwordHash) {
        Record r = signIn.fetchOne("select payerlink_password_change(?, ?)", userId, passwordHash);
        return Optional.ofNullable(r == null ? null : r.get(0, Integer.class));
    }

}
