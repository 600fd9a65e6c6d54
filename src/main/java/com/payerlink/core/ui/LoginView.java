package com.payerlink.core.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.Map;
import java.util.Set;

/**
 * Sign-in. Every failure gets the same answer (wrong password, unknown address, disabled user, paused attempts),
 * so that the answer tells nobody whether an e-mail address belongs to a user.
 */
@Route("login")
@PageTitle("Sign in · Payerlink")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final Map<String, String[]> REASONS = Map.of(
            "error", new String[] { "Incorrect e-mail or password",
                    "Check the e-mail address and password and try again. After several failed attempts, sign-in"
                            + " pauses for a few minutes. If it still fails, ask your org admin whether your access is enabled." },
            "sso-only", new String[] { "Your organisation signs in with single sign-on",
                    "Your organisation does not allow passwords. Choose \"Sign in with SSO\" below and enter your"
                            + " work e-mail address." });

    private final LoginForm login = new LoginForm();

    private final AuthenticationContext authenticationContext;

    public LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        Timestamps.learnZone(this);
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        // single sign-on asks for the work e-mail address first, then goes to the organisation's identity provider
        Button sso = new Button("Sign in with SSO", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("login/sso")));
        sso.setId("sign-in-with-sso");
        sso.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add(new H1("Payerlink"), new Paragraph("Connect your customers' AWS accounts to cost analytics."), login, sso);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Set<String> params = event.getLocation().getQueryParameters().getParameters().keySet();
        REASONS.entrySet().stream().filter(e -> params.contains(e.getKey())).findFirst().ifPresent(e -> {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle(e.getValue()[0]);
            i18n.getErrorMessage().setMessage(e.getValue()[1]);
            login.setI18n(i18n);
            login.setError(true);
        });
    }

}
