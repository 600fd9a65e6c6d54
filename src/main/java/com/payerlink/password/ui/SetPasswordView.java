package com.payerlink.password.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.Notices;
import com.payerlink.password.domain.PasswordLinks;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a mailed link leads: the user sets their (new) password, once, while the link works. */
@Route(PasswordLinks.ROUTE)
@PageTitle("Set your password · Payerlink")
@AnonymousAllowed
public class SetPasswordView extends PublicPasswordPage implements HasUrlParameter<String> {

    private final transient PasswordLinks passwordLinks;

    private final NewPasswordFields fields = new NewPasswordFields();

    private final Button save = new Button("Set password");

    private String token = "";

    public SetPasswordView(PasswordLinks passwordLinks) {
        this.passwordLinks = passwordLinks;
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        token = parameter == null ? "" : parameter;
        card.removeAll();
        passwordLinks.emailOfLink(token).ifPresentOrElse(email -> {
            card.add(new H1("Set your password"), new Paragraph("For " + email + ". You sign in with it afterwards."),
                    fields.password, fields.repeated, save);
            fields.password.focus();
        }, () -> card.add(new H1("This link no longer works"),
                new Paragraph("It has been used or has expired. Ask for a new one: it takes a minute."),
                new Anchor("forgot-password", "Forgot password"), new Anchor("login", "Back to sign in")));
    }

    private void save() {
        fields.clearErrors();
        try {
            String email = passwordLinks.setPassword(token, fields.password.getValue(), fields.repeated.getValue()).value();
            Notices.success("Your password is set. Sign in as " + email + ".");
            UI.getCurrent().navigate("login");
        }
        catch (InvalidInputException e) {
            fields.show(e);
        }
    }

}
