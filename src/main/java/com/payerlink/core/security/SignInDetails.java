package com.payerlink.core.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.io.Serial;
import java.util.Arrays;

/** What the sign-in form's request tells besides the password: the client's address and a remembered browser. */
public class SignInDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The remember-this-browser cookie (signed, HttpOnly, Secure): set after a second step, read at the next sign-in. */
    public static final String TRUSTED_BROWSER_COOKIE = "payerlink-trusted-browser";

    private final @Nullable String trustedBrowser;

    public SignInDetails(HttpServletRequest request) {
        super(request);
        Cookie[] cookies = request.getCookies();
        this.trustedBrowser = cookies == null ? null : Arrays.stream(cookies)
            .filter(c -> TRUSTED_BROWSER_COOKIE.equals(c.getName()))
            .map(Cookie::getValue)
            .findFirst()
            .orElse(null);
    }

    public @Nullable String trustedBrowser() {
        return trustedBrowser;
    }

}
