package com.payerlink.password.ui;

import com.payerlink.core.security.PayerlinkUser;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The signed-in session's principal, replaced when the user changed their password in this very session. */
final class SignedInUser {

    private SignedInUser() {
    }

    /** The session goes on as this user (new security stamp, no forced change), on this request and the next ones. */
    static void continueAs(PayerlinkUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession()
            .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    /** The signed-in user of the current request, if any. */
    static @Nullable PayerlinkUser current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PayerlinkUser user ? user : null;
    }

}
