package com.payerlink.sso.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an SSO sign-in was refused, as the sign-in page explains it; the code travels in the page's address. Each says
 * what is wrong and what to do.
 */
public enum SsoRefusal {

    DOMAIN_NOT_ALLOWED("domain-not-allowed", "Your identity provider signed you in with an e-mail address outside the"
            + " domains your organisation allows for single sign-on. Sign in with your work address, or ask your org"
            + " admin to add its domain under Single sign-on."),
    OTHER_ORGANISATION("other-organisation", "This e-mail address belongs to a Payerlink user of another organisation"
            + " (or to Payerlink staff), so your organisation's identity provider cannot sign it in. Sign in with your"
            + " password, or ask your org admin."),
    DISABLED("disabled", "Your Payerlink access is disabled. Ask your org admin to enable it."),
    NO_EMAIL("no-email", "Your identity provider did not send an e-mail address. Ask your org admin to allow the"
            + " \"email\" scope for Payerlink at the identity provider."),
    EMAIL_UNVERIFIED("email-unverified", "Your identity provider says your e-mail address is not verified. Verify it"
            + " there, then sign in again."),
    NOT_CONFIGURED("not-configured", "Your organisation no longer signs in by single sign-on. Sign in with your password."),
    UNREACHABLE("provider-unreachable", "Your organisation's identity provider does not answer right now. Try again in a"
            + " few minutes; if it keeps failing, tell your org admin."),
    PROVIDER("provider", "Your identity provider did not sign you in. Try again; if it keeps failing, ask your org admin"
            + " to check the client id, secret and redirect URI at the identity provider.");

    private final String code;

    private final String message;

    SsoRefusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public static Optional<SsoRefusal> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

}
