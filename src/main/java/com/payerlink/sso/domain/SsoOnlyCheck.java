package com.payerlink.sso.domain;

import com.payerlink.core.security.PasswordSignInCheck;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.SignInRefusedException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** "SSO only": a tenant that signs in by its identity provider refuses its users' passwords (platform staff never). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SsoOnlyCheck implements PasswordSignInCheck {

    static final String REASON = "sso-only";

    private final SsoDirectory directory;

    @Override
    public void check(PayerlinkUser user) {
        if (user.tenantId() != null && directory.ssoOnly(user.id())) {
            throw new SignInRefusedException(REASON, "The organisation of " + user.email() + " signs in by single sign-on only.");
        }
    }

}
