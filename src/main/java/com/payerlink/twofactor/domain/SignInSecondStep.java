package com.payerlink.twofactor.domain;

import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.Actors;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.PendingSignIn;
import com.payerlink.core.security.SecondFactorGate;
import com.payerlink.core.security.SecondStep;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The second step of signing in: decided after the password check, taken before any session is signed in. It acts
 * in the scope of the user whose password was right, so it reaches that user's own authenticator and nothing else.
 */
@Service
@RequiredArgsConstructor
public class SignInSecondStep implements SecondFactorGate {

    private final Authenticators authenticators;

    private final TwoFactorKeys keys;

    private final TwoFactorSettings settings;

    private final ScopedTransactions transactions;

    private final AuditLog auditLog;

    private final Clock clock = Clock.systemUTC();

    @Override
    public SecondStep stepFor(PayerlinkUser user, @Nullable String trustedBrowser) {
        return inScopeOf(user, () -> {
            Optional<OffsetDateTime> confirmed = authenticators.confirmedAt(user.id());
            if (confirmed.isPresent()) {
                return trusted(user, confirmed.get(), trustedBrowser) ? SecondStep.NONE : SecondStep.CODE;
            }
            return authenticators.required(user.role(), user.tenantId()) ? SecondStep.ENROL : SecondStep.NONE;
        });
    }

    @Override
    public String trustedBrowserToken(PayerlinkUser user) {
        OffsetDateTime confirmed = inScopeOf(user, () -> authenticators.confirmedAt(user.id())).orElseThrow();
        long expires = clock.instant().plus(settings.rememberBrowser()).getEpochSecond();
        return user.id() + "." + expires + "." + signature(user, confirmed, expires);
    }

    /** Sets up the authenticator app of a user who must have one before their first session. */
    public Enrolment startEnrolment(PendingSignIn pending) {
        requireStep(pending, SecondStep.ENROL);
        return inScopeOf(pending.user(), () -> authenticators.begin(pending.user().id(), pending.user().email()));
    }

    /**
     * Confirms the app being set up during sign-in; the sign-in may then complete.
     *
     * @return the ten recovery codes, to be shown once
     */
    public List<String> confirmEnrolment(PendingSignIn pending, String code) {
        requireStep(pending, SecondStep.ENROL);
        return inScopeOf(pending.user(), () -> {
            List<String> codes = authenticators.confirm(pending.user().id(), code);
            auditLog.record("TWO_FACTOR_ENABLED", pending.user().email() + " set up an authenticator app at sign-in");
            return codes;
        });
    }

    /**
     * Checks the code typed at the second step: the authenticator's current code (each one accepted once), or an
     * unused recovery code (used up now). A wrong code counts against the pending sign-in and is audited.
     */
    public boolean verify(PendingSignIn pending, String code) {
        requireStep(pending, SecondStep.CODE);
        PayerlinkUser user = pending.user();
        return inScopeOf(user, () -> {
            boolean sixDigits = code.replaceAll("\\s", "").matches("\\d{6}");
            if (sixDigits ? authenticators.checkCode(user.id(), code) : authenticators.useRecoveryCode(user.id(), code)) {
                if (!sixDigits) {
                    auditLog.record("TWO_FACTOR_RECOVERY_CODE_USED", user.email() + " signed in with a recovery code, "
                            + authenticators.recoveryCodesLeft(user.id()) + " left");
                }
                return true;
            }
            auditLog.record("SIGN_IN_SECOND_STEP_FAILED", user.email() + " typed a wrong "
                    + (sixDigits ? "authenticator code" : "recovery code"));
            return false;
        });
    }

    private boolean trusted(PayerlinkUser user, OffsetDateTime confirmed, @Nullable String token) {
        if (token == null) {
            return false;
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].equals(user.id().toString()) || !parts[1].matches("\\d{1,12}")) {
            return false;
        }
        long expires = Long.parseLong(parts[1]);
        return expires > clock.instant().getEpochSecond() && MessageDigest.isEqual(
                signature(user, confirmed, expires).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII));
    }

    // bound to the user, their access (the security stamp changes with every change of it) and their authenticator
    private String signature(PayerlinkUser user, OffsetDateTime confirmed, long expires) {
        return keys.browserSignature(user.id() + "|" + user.securityStamp() + "|" + confirmed.toInstant().toEpochMilli()
                + "|" + expires);
    }

    private static void requireStep(PendingSignIn pending, SecondStep step) {
        if (pending.step() != step || !pending.usable()) {
            throw new InvalidInputException(null, "This sign-in has ended. Sign in again with your e-mail and password.");
        }
    }

    private <T> T inScopeOf(PayerlinkUser user, Supplier<T> work) {
        DatabaseScope scope = new DatabaseScope(user.tenantId(), user.role(), user.id());
        return Actors.callAs(user.email(), () -> transactions.call(scope, work));
    }

}
