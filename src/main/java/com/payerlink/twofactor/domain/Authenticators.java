package com.payerlink.twofactor.domain;

import com.payerlink.core.Base32;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.db.tables.records.UserTwoFactorRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One user's authenticator app and recovery codes: setting it up, checking codes (each time step once), using up
 * recovery codes. The caller's scope must be the user's own; row-level security refuses anyone else's.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Authenticators {

    static final int RECOVERY_CODES = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final TwoFactorDAO dao;

    private final TwoFactorKeys keys;

    private final TwoFactorSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** Whether two-factor sign-in is required: always for platform staff, for a tenant's users when it says so. */
    boolean required(Role role, @Nullable UUID tenantId) {
        return !role.isTenantRole() || tenantId != null && dao.tenantRequires(tenantId);
    }

    Enrolment begin(UUID userId, String email) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String base32 = Base32.encode(secret);
        dao.saveUnconfirmed(userId, keys.seal(base32));
        String issuer = encode(settings.issuer());
        String uri = "otpauth://totp/" + issuer + ":" + encode(email) + "?secret=" + base32 + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(base32, uri, QrCode.dataUri(uri));
    }

    /** Confirms the secret being set up with a code from the app, and returns the new recovery codes. */
    List<String> confirm(UUID userId, String code) {
        UserTwoFactorRecord row = dao.find(userId)
            .orElseThrow(() -> new InvalidInputException("code", "Start setting up your authenticator app again:"
                    + " this setup has ended."));
        OptionalLong step = Totp.matchingStep(secret(row), code, clock.instant());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "That is not the code your app shows for Payerlink now. Type the"
                    + " 6 digits it shows; if it keeps failing, check that your phone's clock is set automatically.");
        }
        dao.confirm(userId, step.getAsLong());
        return newRecoveryCodes(userId);
    }

    /** Whether the code is the app's current one and its time step was not used before (then it is used now). */
    boolean checkCode(UUID userId, String code) {
        Optional<UserTwoFactorRecord> row = dao.find(userId).filter(r -> r.getConfirmedAt() != null);
        if (row.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(secret(row.get()), code, clock.instant());
        return step.isPresent() && dao.useStep(userId, step.getAsLong());
    }

    /** Uses up one of the user's recovery codes; false when it is none of their unused ones. */
    boolean useRecoveryCode(UUID userId, String code) {
        return dao.useRecoveryCode(userId, keys.recoveryCodeHash(normalise(code)));
    }

    /** Ten new recovery codes, replacing the previous ones; only their hashes are kept, so they are shown once. */
    List<String> newRecoveryCodes(UUID userId) {
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            code.insert(5, '-');
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        dao.replaceRecoveryCodes(userId, codes.stream().map(c -> keys.recoveryCodeHash(normalise(c))).toList());
        return codes;
    }

    /** When the user's authenticator was confirmed; empty without one. */
    Optional<OffsetDateTime> confirmedAt(UUID userId) {
        return dao.find(userId).map(UserTwoFactorRecord::getConfirmedAt);
    }

    int recoveryCodesLeft(UUID userId) {
        return dao.recoveryCodesLeft(userId);
    }

    void remove(UUID userId) {
        dao.remove(userId);
    }

    boolean tenantRequires(UUID tenantId) {
        return dao.tenantRequires(tenantId);
    }

    void setTenantRequires(UUID tenantId, boolean required) {
        dao.setTenantRequires(tenantId, required);
    }

    private byte[] secret(UserTwoFactorRecord row) {
        return Base32.decode(keys.open(row.getSecretSealed()));
    }

    private static String normalise(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
