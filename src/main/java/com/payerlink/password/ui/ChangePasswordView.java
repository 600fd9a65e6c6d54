package com.payerlink.password.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.password.domain.PasswordChange;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Change your own password. A user whose password was generated (the first platform admin) is sent here by
 * {@link PasswordChangeGate} before anything else.
 */
@Route(value = ChangePasswordView.ROUTE, layout = MainLayout.class)
@PageTitle("Password · Payerlink")
@Menu(order = 97, title = "Password", icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    static final String ROUTE = "password";

    private final transient PasswordChange passwordChange;

    private final PasswordField current = new PasswordField("Current password");

    private final NewPasswordFields fields = new NewPasswordFields();

    private final Button save = new Button("Change password");

    private PayerlinkUser user;

    public ChangePasswordView(PasswordChange passwordChange, AuthenticationContext authentication) {
        this.passwordChange = passwordChange;
        this.user = authentication.getAuthenticatedUser(PayerlinkUser.class).orElseThrow();
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setMaxWidth("26rem");
        current.setRequired(true);
        current.setWidthFull();
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        fields.field("current", current);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        if (user.mustChangePassword()) {
            form.add(new Paragraph("Choose your own password before you go on: the one you signed in with was "
                    + "generated and shown in the portal's log."));
        }
        form.add(current, fields.password, fields.repeated, save,
                new Paragraph("Your other sessions end when you change it; this one goes on."));
        add(new ViewHeader("Password"), form);
        current.focus();
    }

    private void save() {
        fields.clearErrors();
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            PayerlinkUser changed = passwordChange.change(user, current.getValue(), fields.password.getValue(),
                    fields.repeated.getValue(), request == null ? "unknown" : request.getRemoteAddr());
            SignedInUser.continueAs(changed);
            Notices.success("Your password is changed. Your other sessions have ended.");
            current.clear();
            fields.password.clear();
            fields.repeated.clear();
            boolean forced = user.mustChangePassword();
            user = changed;
            if (forced) {
                UI.getCurrent().navigate("");
            }
        }
        catch (InvalidInputException e) {
            fields.show(e);
        }
    }

}
