package com.payerlink.sso.domain;

import com.payerlink.core.audit.AuditLog;
import com.payerlink.core.security.PendingSignIn;
import com.payerlink.core.security.SecondFactorGate;
import com.payerlink.core.security.SecondStep;
import com.payerlink.core.security.SignInDetails;
import com.payerlink.core.security.SignInOutcomes;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Where an SSO sign-in leads, recorded in the tenant's audit log: on success to the page the user asked for (else
 * home), or first to the second step when the user has one to take (their app, the tenant's requirement; a
 * remembered browser skips it as after a password); on a refusal back to the SSO sign-in page, which says why and
 * what to do.
 */
@Component
@RequiredArgsConstructor
class SsoSignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** The e-mail-first SSO sign-in page, which explains a refusal given as {@code ?error=<code>}. */
    static final String SIGN_IN_PAGE = "/login/sso";

    private static final Logger log = LoggerFactory.getLogger(SsoSignInOutcomes.class);

    private final AuditLog auditLog;

    private final ScopedTransactions transactions;

    private final SecondFactorGate secondFactor;

    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof SsoUser user) {
            DatabaseScope scope = new DatabaseScope(user.tenantId(), user.role(), user.id());
            if (user.created()) {
                transactions.run(scope, () -> auditLog.record("SSO_USER_CREATED", user.email() + " as "
                        + user.role().label() + ", at the first sign-in by single sign-on"));
            }
            SecondStep step = secondFactor.stepFor(user, new SignInDetails(request).trustedBrowser());
            if (step != SecondStep.NONE) {
                // as after a right password: no session is signed in until the second step, so the one just saved goes
                SecurityContextHolder.clearContext();
                request.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                SignInOutcomes.toSecondStep(request, response,
                        new PendingSignIn(user, request.getRemoteAddr(), step, "single sign-on"));
                return;
            }
            transactions.run(scope, () -> auditLog.record("SSO_SIGN_IN", user.email()));
        }
        onward.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SsoRefusal refusal = SsoRefusal.PROVIDER;
        if (exception instanceof SsoRefusedException refused) {
            refusal = refused.refusal();
            String who = refused.email() == null ? "unknown" : refused.email();
            String detail = who + ": " + refusal.code();
            transactions.run(DatabaseScope.tenantSystem(refused.tenantId()),
                    () -> auditLog.record(refused.tenantId(), who, "SSO_SIGN_IN_REFUSED", detail));
        }
        else {
            // the provider's own answer (access_denied, an invalid id_token…): the log has the details
            log.info("A sign-in by single sign-on failed: {}", exception.getMessage());
        }
        response.sendRedirect(request.getContextPath() + SIGN_IN_PAGE + "?error=" + refusal.code());
    }

}
