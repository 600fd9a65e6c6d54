package com.payerlink.password.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.ui.Notices;
import com.payerlink.password.domain.PasswordLinks;
import com.payerlink.password.domain.PasswordSettings;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;

/**
 * "Forgot password": mails a one-time link. The page answers the same whether or not the address belongs to a
 * user, so it tells nobody which addresses exist.
 */
@Route("forgot-password")
@PageTitle("Forgot password · Payerlink")
@AnonymousAllowed
public class ForgotPasswordView extends PublicPasswordPage {

    private final transient PasswordLinks passwordLinks;

    private final EmailField email = new EmailField("E-mail address");

    private final Button send = new Button("Send me a link");

    public ForgotPasswordView(PasswordLinks passwordLinks, PasswordSettings settings) {
        this.passwordLinks = passwordLinks;
        email.setWidthFull();
        email.setRequired(true);
        email.setAutofocus(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> send(settings));
        card.add(new H1("Forgot your password?"),
                new Paragraph("Enter the e-mail address you sign in with. We mail you a link to choose a new password."),
                email, send, new Anchor("login", "Back to sign in"));
    }

    private void send(PasswordSettings settings) {
        try {
            passwordLinks.requestReset(email.getValue());
        }
        catch (InvalidInputException e) {
            Notices.show(e, Map.of("email", email));
            return;
        }
        card.removeAll();
        card.add(new H1("Check your mail"),
                new Paragraph("If " + email.getValue().trim() + " belongs to a Payerlink user, a link to choose a new "
                        + "password is on its way. It works once, for " + settings.resetLinkValid().toMinutes()
                        + " minutes. No mail? Check the address and your spam folder, or ask your org admin."),
                new Anchor("login", "Back to sign in"));
    }

}
