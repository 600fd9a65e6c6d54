package com.payerlink.password.ui;

import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SignInDirectory;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PasswordViewsTest extends KaribuTest {

    @Autowired
    SignInDirectory signInDirectory;

    @Test
    void a_wrong_current_password_is_shown_on_its_field_and_what_was_typed_stays() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.OPERATOR);
        login(user.email());
        UI.getCurrent().navigate(ChangePasswordView.class);

        field("Current password").setValue("not the password");
        field("New password").setValue("a long new password");
        field("New password again").setValue("a long new password");
        _get(Button.class, spec -> spec.withText("Change password")).click();

        assertThat(field("Current password").isInvalid()).isTrue();
        assertThat(field("Current password").getErrorMessage()).contains("not your current password");
        assertThat(field("New password").getValue()).isEqualTo("a long new password");
    }

    @Test
    void a_changed_password_keeps_this_session_under_the_new_stamp() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.VIEWER);
        PayerlinkUser before = login(user.email());
        UI.getCurrent().navigate(ChangePasswordView.class);

        field("Current password").setValue(PASSWORD);
        field("New password").setValue("a long new password");
        field("New password again").setValue("a long new password");
        _get(Button.class, spec -> spec.withText("Change password")).click();

        PayerlinkUser now = (PayerlinkUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        PayerlinkUser stored = (PayerlinkUser) signInDirectory.loadUserByUsername(user.email());
        assertThat(now.securityStamp()).isEqualTo(stored.securityStamp()).isNotEqualTo(before.securityStamp());
        assertThat(field("Current password").getValue()).isEmpty();
    }

    @Test
    void a_user_who_must_change_their_password_reaches_no_other_view() {
        String email = "must-" + UUID.randomUUID() + "@payerlink.test";
        UserAccount admin = asPlatform(() -> tenantService.createPlatformUser(new NewUser("Must", email, Role.PLATFORM_ADMIN, PASSWORD)));
        asPlatform(() -> {
            tenantService.requirePasswordChange(admin.id());
            return null;
        });
        login(email);

        UI.getCurrent().navigate("tenants");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withText("Choose your own password before you go on: the one you "
                + "signed in with was generated and shown in the portal's log.")).isVisible()).isTrue();
    }

    @Test
    void forgot_password_answers_alike_for_a_user_and_for_an_unknown_address() {
        Tenant t = newTenant();
        String known = askForLink(adminEmail(t));
        String unknown = askForLink("nobody-" + UUID.randomUUID() + "@nowhere.test");

        assertThat(known.replace(adminEmail(t), "ADDRESS")).isEqualTo(unknown.replaceAll("nobody-[^ ]+@nowhere.test", "ADDRESS"));
    }

    @Test
    void forgot_password_says_what_is_wrong_with_a_mistyped_address() {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _get(EmailField.class).setValue("not an address");
        _get(Button.class, spec -> spec.withText("Send me a link")).click();

        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(EmailField.class).getErrorMessage()).contains("such as jane@example.com");
        assertThat(_get(EmailField.class).getValue()).isEqualTo("not an address");
    }

    @Test
    void a_set_password_link_that_does_not_work_says_how_to_get_a_new_one() {
        UI.getCurrent().navigate("set-password/not-a-real-token");

        assertThat(_get(H1.class).getText()).isEqualTo("This link no longer works");
    }

    private static String askForLink(String email) {
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _get(EmailField.class).setValue(email);
        _get(Button.class, spec -> spec.withText("Send me a link")).click();
        return _get(H1.class).getText() + " " + _get(Paragraph.class).getText();
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

}
