package com.payerlink.sso.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.sso.domain.SsoRefusal;
import com.payerlink.sso.domain.SsoSignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Map;

/**
 * Single sign-on, e-mail first: the address's domain picks the organisation, whose identity provider then signs the
 * user in. A refused sign-in comes back here ({@code ?error=<code>}) and is explained.
 */
@Route("login/sso")
@PageTitle("Sign in with SSO · Payerlink")
@AnonymousAllowed
public class SsoSignInView extends VerticalLayout implements BeforeEnterObserver {

    private final transient SsoSignIn signIn;

    final EmailField email = new EmailField("Work e-mail address");

    final Paragraph refusal = new Paragraph();

    final Paragraph note = new Paragraph("Enter your work e-mail address; we send you to your organisation's sign-in page.");

    public SsoSignInView(SsoSignIn signIn) {
        this.signIn = signIn;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        email.setWidth("320px");
        email.setAutofocus(true);
        email.setPlaceholder("you@your-company.com");
        refusal.setId("sso-refusal");
        refusal.addClassName("sso-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("max-width", "320px");
        refusal.setVisible(false);
        Button next = new Button("Continue", e -> start());
        next.setId("sso-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        next.setWidth("320px");
        add(new H1("Payerlink"), new H2("Sign in with SSO"),
                note,
                refusal, email, next, new Anchor("login", "Sign in with a password instead"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault("error", List.of()).stream().findFirst().flatMap(SsoRefusal::byCode).ifPresent(reason -> {
            refusal.setText(reason.message());
            refusal.setVisible(true);
        });
        // the password form sent an "SSO only" address here: on to the organisation's identity provider at once
        parameters.getOrDefault(SsoSignIn.SSO_ONLY_EMAIL, List.of()).stream().findFirst().ifPresent(address -> {
            email.setValue(address);
            note.setText("Your organisation signs in with single sign-on: taking you to its sign-in page…");
            start();
        });
    }

    private void start() {
        try {
            String path = signIn.start(email.getValue());
            // a full page load: the sign-in leaves the Vaadin UI for the identity provider (the current UI: before
            // entering, the view is not attached yet)
            UI.getCurrent().getPage().setLocation(path);
        }
        catch (InvalidInputException e) {
            email.setErrorMessage(e.getMessage());
            email.setInvalid(true);
        }
    }

}
