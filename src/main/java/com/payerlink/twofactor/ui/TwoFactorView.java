package com.payerlink.twofactor.ui;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.Tone;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.ui.MainLayout;
import com.payerlink.core.ui.Notices;
import com.payerlink.core.ui.SettingSwitch;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ui.ViewHeader;
import com.payerlink.twofactor.domain.TwoFactorService;
import com.payerlink.twofactor.domain.TwoFactorStatus;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The signed-in user's two-factor sign-in: set up an authenticator app, make new recovery codes, turn it off where
 * it is not required; and, for org admins, requiring it of every user of the tenant.
 */
@Route(value = "two-factor", layout = MainLayout.class)
@PageTitle("Two-factor sign-in · Payerlink")
@Menu(order = 95, title = "Two-factor sign-in", icon = "vaadin:lock")
@PermitAll
public class TwoFactorView extends VerticalLayout {

    private final transient TwoFactorService twoFactor;

    private final Div content = new Div();

    public TwoFactorView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        addClassName("two-factor-view");
        content.addClassName("second-step-card");
        add(new ViewHeader("Two-factor sign-in"), content);
        authentication.getAuthenticatedUser(PayerlinkUser.class)
            .filter(user -> user.role() == Role.ORG_ADMIN)
            .ifPresent(user -> add(createTenantRequirement(user)));
        showStatus();
    }

    private void showStatus() {
        TwoFactorStatus status = twoFactor.status();
        content.removeAll();
        StatusBadge badge = status.enrolled() ? new StatusBadge("On", Tone.SUCCESS) : new StatusBadge("Off", Tone.NEUTRAL);
        content.add(new HorizontalLayout(new Paragraph("Two-factor sign-in is"), badge));
        if (!status.enrolled()) {
            content.add(new Paragraph(status.required()
                    ? "It is required for you: you will set it up at your next sign-in, or now."
                    : "With it on, signing in needs your password and a code from your phone."), button("Set up", true, this::startSetup));
            return;
        }
        content.add(new Paragraph(status.recoveryCodesLeft() + " of 10 recovery codes left."),
                new HorizontalLayout(button("New recovery codes", false, this::newRecoveryCodes),
                        button("Use another phone", false, this::startSetup), turnOffButton(status)));
    }

    private Button turnOffButton(TwoFactorStatus status) {
        Button off = button("Turn off", false, () -> {
            twoFactor.turnOff();
            Notices.success("Two-factor sign-in is off.");
            showStatus();
        });
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        off.setEnabled(!status.required());
        off.setTooltipText(status.required() ? "Required for you: it cannot be turned off" : null);
        return off;
    }

    private void startSetup() {
        CodeField code = new CodeField("Code from the app");
        Button confirm = new Button("Turn on", e -> confirm(code));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        content.removeAll();
        content.add(new AuthenticatorSetup(twoFactor.startEnrolment()), code,
                new HorizontalLayout(confirm, button("Cancel", false, this::showStatus)));
    }

    private void confirm(CodeField code) {
        try {
            showCodes("Two-factor sign-in is on", twoFactor.confirmEnrolment(code.getValue()));
        }
        catch (InvalidInputException e) {
            code.refuse(e.getMessage());
        }
    }

    private void newRecoveryCodes() {
        showCodes("New recovery codes", twoFactor.newRecoveryCodes());
    }

    private void showCodes(String title, List<String> codes) {
        content.removeAll();
        content.add(new H3(title), new RecoveryCodesPanel(codes), button("Done", true, this::showStatus));
    }

    private Div createTenantRequirement(PayerlinkUser admin) {
        Checkbox required = SettingSwitch.bind(new Checkbox("Require two-factor sign-in for every user of "
                + admin.tenantName()), twoFactor.tenantRequires(), twoFactor::requireForTenant,
                "Every user now sets up two-factor sign-in at their next sign-in.",
                "Two-factor sign-in is no longer required; users who have it keep it.");
        Div section = new Div(new H3("Your organization"), required);
        section.addClassName("tenant-two-factor");
        return section;
    }

    private Button button(String label, boolean primary, Runnable action) {
        Button button = new Button(label, e -> action.run());
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

}
