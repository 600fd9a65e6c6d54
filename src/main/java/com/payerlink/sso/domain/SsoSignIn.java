package com.payerlink.sso.domain;

import com.payerlink.core.EmailAddress;
import com.payerlink.core.InvalidInputException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/** The start of an SSO sign-in: the e-mail address's domain picks the tenant, whose provider then signs the user in. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SsoSignIn {

    /** The SSO page's parameter for an address that the password form sent there: the page goes on at once. */
    public static final String SSO_ONLY_EMAIL = "sso-only";

    private final SsoDirectory directory;

    private final TenantClientRegistrations registrations;

    /**
     * The portal path that sends the user to their organisation's identity provider.
     *
     * @throws InvalidInputException on the field {@code email}, saying why not and what to do instead
     */
    public String start(String typedEmail) {
        EmailAddress email = InvalidInputException.inField("email", () -> EmailAddress.parse(typedEmail));
        EmailDomain domain = EmailDomain.of(email);
        UUID tenant = directory.tenantFor(domain).orElseThrow(() -> new InvalidInputException("email",
                "No organisation signs in to Payerlink by single sign-on with addresses at " + domain
                        + ". Sign in with your password, or ask your org admin to set up single sign-on for " + domain + "."));
        if (!reachable(tenant)) {
            throw new InvalidInputException("email", SsoRefusal.UNREACHABLE.message());
        }
        return pathFor(tenant, email);
    }

    /**
     * Where an address typed into the password form goes instead, when its organisation signs in by single sign-on
     * only: the SSO page, which sends the browser on to the organisation's identity provider (a redirect of the form's
     * POST may not leave the portal: the content security policy's {@code form-action 'self'}). Empty for every other
     * address, which the password form answers as ever.
     */
    public Optional<String> insteadOfPassword(String typedEmail) {
        return EmailAddress.tryParse(typedEmail).filter(email -> directory.ssoOnlyTenantFor(email).isPresent())
            .map(email -> SsoSignInOutcomes.SIGN_IN_PAGE.substring(1) + "?" + SSO_ONLY_EMAIL + "="
                    + URLEncoder.encode(email.value(), StandardCharsets.UTF_8));
    }

    private boolean reachable(UUID tenant) {
        try {
            // null: the provider was removed meanwhile
            return registrations.findByRegistrationId(tenant.toString()) != null;
        }
        catch (ProviderUnreachableException e) {
            return false;
        }
    }

    private static String pathFor(UUID tenant, EmailAddress email) {
        return TenantClientRegistrations.AUTHORIZATION_PATH.substring(1) + tenant + "?" + LoginHintResolver.LOGIN_HINT + "="
                + URLEncoder.encode(email.value(), StandardCharsets.UTF_8);
    }

}
