package com.payerlink.twofactor.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PendingSignIn;
import com.payerlink.core.security.SecondStep;
import com.payerlink.twofactor.domain.SignInSecondStep;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;

/**
 * The second step of signing in, after a right password and before any session is signed in: the code from the
 * authenticator app (or a recovery code), or, for a user who must have two-factor sign-in and has none yet, setting
 * the app up. When it succeeds, the browser goes to {@code /login/complete}, which signs the session in.
 */
@Route("login/second-step")
@PageTitle("Two-factor sign-in · Payerlink")
@AnonymousAllowed
public class SecondStepView extends VerticalLayout implements BeforeEnterObserver {

    private final transient SignInSecondStep secondStep;

    private final Div card = new Div();

    private final Checkbox rememberBrowser = new Checkbox("Remember this browser for 30 days");

    private transient PendingSignIn pending;

    public SecondStepView(SignInSecondStep secondStep) {
        this.secondStep = secondStep;
        addClassNames("login-view", "second-step-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassName("second-step-card");
        add(new H1("Payerlink"), card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pending = PendingSignIn.in(VaadinSession.getCurrent().getSession()::getAttribute).orElse(null);
        if (pending == null) {
            event.forwardTo("login");
            return;
        }
        card.removeAll();
        if (pending.step() == SecondStep.ENROL) {
            showEnrolment();
        }
        else {
            showCodeForm();
        }
    }

    private void showCodeForm() {
        CodeField code = new CodeField("Code");
        code.setHelperText("The 6-digit code from your authenticator app, or one of your recovery codes");
        Button signIn = new Button("Sign in", e -> checkCode(code));
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        card.add(new H2("Two-factor sign-in"), new Paragraph("Open your authenticator app and type the code it shows"
                + " for Payerlink (" + pending.user().email() + ")."), code, rememberBrowser, signIn, startAgainLink());
    }

    private void checkCode(CodeField code) {
        try {
            if (secondStep.verify(pending, code.getValue())) {
                complete();
                return;
            }
        }
        catch (InvalidInputException ended) {
            refuse(code, ended.getMessage());
            return;
        }
        refuse(code, "That code is not right, or was used already. Type the code your app shows now (or an unused"
                + " recovery code); if it keeps failing, check that your phone's clock is set automatically.");
    }

    private void showEnrolment() {
        CodeField code = new CodeField("Code from the app");
        Button confirm = new Button("Turn on and sign in", e -> confirmEnrolment(code));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        String why = pending.user().role().isTenantRole() ? "Your organization requires two-factor sign-in."
                : "Platform staff always sign in with two factors.";
        card.add(new H2("Set up two-factor sign-in"), new Paragraph(why + " Set it up once now; from then on you sign in"
                + " with your password and a code from your phone."),
                new AuthenticatorSetup(secondStep.startEnrolment(pending)), code, confirm, startAgainLink());
    }

    private void confirmEnrolment(CodeField code) {
        List<String> recoveryCodes;
        try {
            recoveryCodes = secondStep.confirmEnrolment(pending, code.getValue());
        }
        catch (InvalidInputException e) {
            refuse(code, e.getMessage());
            return;
        }
        Button next = new Button("I saved them, continue", e -> complete());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.removeAll();
        card.add(new H2("Two-factor sign-in is on"), new RecoveryCodesPanel(recoveryCodes), rememberBrowser, next);
        next.focus();
    }

    private void refuse(CodeField code, String message) {
        if (pending.wrongCode()) {
            code.refuse(message);
            return;
        }
        card.removeAll();
        card.add(new H2("Too many wrong codes"), new Paragraph("For your safety this sign-in has ended. Sign in again"
                + " with your e-mail and password."), startAgainLink());
    }

    private void complete() {
        pending.verified(rememberBrowser.getValue());
        UI.getCurrent().getPage().setLocation("login/complete");
    }

    private static Anchor startAgainLink() {
        Anchor again = new Anchor("login", "Sign in as someone else");
        again.addClassName("start-again");
        return again;
    }

}
