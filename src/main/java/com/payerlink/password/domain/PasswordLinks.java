package com.payerlink.password.domain;

import lombok.RequiredArgsConstructor;
import com.payerlink.core.EmailAddress;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.PasswordRules;
import com.payerlink.core.security.SecretToken;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.notification.domain.MailTemplates;
import com.payerlink.notification.domain.OutboxService;
import com.payerlink.notification.domain.PortalLinks;
import com.payerlink.tenant.domain.UserInvited;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One-time links that set a password: "Forgot password" and the set-your-password link of an invited user. A link
 * carries 256 random bits, of which only the SHA-256 is stored; it works once and until it expires, and using it
 * voids the user's other links. Asking for a reset answers the same whether or not the address is a user's.
 */
@Service
@RequiredArgsConstructor
public class PasswordLinks {

    /** The page a link opens: {@code set-password/<token>}. */
    public static final String ROUTE = "set-password";

    static final String USED_OR_EXPIRED = "This link has been used or has expired. Ask for a new one with "
            + "\"Forgot password\" on the sign-in page.";

    private final PasswordLinkDAO dao;

    private final PasswordSettings settings;

    private final OutboxService outbox;

    private final PortalLinks portalLinks;

    private final PasswordEncoder passwordEncoder;

    private final ScopedTransactions scoped;

    private final AuditLog auditLog;

    /**
     * "Forgot password": mails the enabled user with this address a reset link, platform staff included (their mail
     * goes out through the platform's outbox). Unknown and disabled addresses get no mail and no other answer, so
     * nobody learns which addresses exist.
     */
    public void requestReset(String email) {
        EmailAddress address = EmailAddress.tryParse(email).orElseThrow(() -> new InvalidInputException("email",
                "Enter the e-mail address you sign in with, such as jane@example.com."));
        String token = SecretToken.generate();
        dao.storeReset(address.value(), SecretToken.hash(token), settings.resetLinkValid(), settings.resetsPerHour())
            .ifPresent(user -> scoped.run(scopeOf(user.tenantId()), () -> {
                OffsetDateTime expires = OffsetDateTime.now().plus(settings.resetLinkValid());
                outbox.queueFor(user.tenantId(), "PASSWORD_RESET", List.of(user.email()),
                        MailTemplates.passwordReset(user.displayName(), link(token), expires), token, null);
                auditLog.record(user.tenantId(), "PASSWORD_RESET_REQUESTED", user.email());
            }));
    }

    /**
     * An invited user's set-your-password link, stored and queued in the inviting transaction: both exist exactly when
     * the user (or the fresh invitation) does, and a crash after the commit loses neither.
     */
    @EventListener
    void onUserInvited(UserInvited invited) {
        String token = SecretToken.generate();
        OffsetDateTime expires = OffsetDateTime.now().plus(settings.setPasswordLinkValid());
        dao.storeInvitation(SecretToken.hash(token), invited.userId(), invited.tenantId(), expires);
        outbox.queueFor(invited.tenantId(), "SET_PASSWORD", List.of(invited.email()),
                MailTemplates.setYourPassword(invited.displayName(), invited.organisation(), link(token), expires), token, null);
        auditLog.record(invited.tenantId(), "PASSWORD_LINK_MAILED", invited.email());
    }

    /** Whose password the link sets, while it works. */
    public Optional<String> emailOfLink(String token) {
        return dao.owner(SecretToken.hash(token)).map(PasswordLinkDAO.LinkOwner::email);
    }

    /**
     * Sets the link's user's password and uses the link up; every session of the user ends. The database records it
     * in the same statement as PASSWORD_SET_BY_LINK, in the user's tenant (platform staff: the platform's audit).
     *
     * @return the e-mail address to sign in with
     */
    public EmailAddress setPassword(String token, String password, String repeated) {
        PasswordRules.check("password", password);
        if (!password.equals(repeated)) {
            throw new InvalidInputException("repeated", "The two passwords differ; type the same password twice.");
        }
        String email = dao.use(SecretToken.hash(token), passwordEncoder.encode(password))
            .orElseThrow(() -> new InvalidInputException(null, USED_OR_EXPIRED));
        return EmailAddress.parse(email);
    }

    /** Where a user's reset mail is queued: in their tenant, or by the platform itself for platform staff. */
    private static DatabaseScope scopeOf(@Nullable UUID tenantId) {
        return tenantId == null ? DatabaseScope.platform() : DatabaseScope.tenantSystem(tenantId);
    }

    private String link(String token) {
        return portalLinks.to(ROUTE + "/" + token);
    }

}
