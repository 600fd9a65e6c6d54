package com.payerlink.sso.domain;

import com.payerlink.core.EmailAddress;
import com.payerlink.core.InvalidInputException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The start of an SSO sign-in: the e-mail address's domain picks the tenant, whose provider then signs the user in. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SsoSignIn {

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
        try {
            if (registrations.findByRegistrationId(tenant.toString()) == null) {
                throw new IllegalStateException("the provider was removed meanwhile");
            }
        }
        catch (ProviderUnreachableException | IllegalStateException e) {
            throw new InvalidInputException("email", "Your organisation's identity provider does not answer right now."
                    + " Try again in a few minutes; if it keeps failing, tell your org admin.");
        }
        return TenantClientRegistrations.AUTHORIZATION_PATH.substring(1) + tenant + "?" + LoginHintResolver.LOGIN_HINT + "="
                + URLEncoder.encode(email.value(), StandardCharsets.UTF_8);
    }

}
