package com.payerlink.password.domain;

import com.payerlink.IntegrationTest;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.PayerlinkUser;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SignInDirectory;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordChangeTest extends IntegrationTest {

    @Autowired
    PasswordChange passwordChange;

    @Autowired
    SignInDirectory signInDirectory;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void a_user_changes_their_password_and_their_session_goes_on_under_the_new_stamp() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.OPERATOR);
        PayerlinkUser before = (PayerlinkUser) signInDirectory.loadUserByUsername(user.email());

        PayerlinkUser after = signedInAs(user.email(),
                () -> passwordChange.change(before, PASSWORD, "a brand new passphrase", "a brand new passphrase", "10.0.0.9"));

        PayerlinkUser reloaded = (PayerlinkUser) signInDirectory.loadUserByUsername(user.email());
        assertThat(passwordEncoder.matches("a brand new passphrase", reloaded.getPassword())).isTrue();
        assertThat(after.securityStamp()).isEqualTo(reloaded.securityStamp()).isNotEqualTo(before.securityStamp());
    }

    @Test
    void a_wrong_current_password_is_refused_on_its_field_and_nothing_changes() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.VIEWER);
        PayerlinkUser me = (PayerlinkUser) signInDirectory.loadUserByUsername(user.email());

        assertThatThrownBy(() -> signedInAs(user.email(),
                () -> passwordChange.change(me, "not my password", "a brand new passphrase", "a brand new passphrase", "10.0.0.8")))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("not your current password")
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("current");
        assertThatThrownBy(() -> signedInAs(user.email(),
                () -> passwordChange.change(me, PASSWORD, "qazwsxedcrfv", "qazwsxedcrfv", "10.0.0.8")))
            .hasMessageContaining("most common passwords");
        assertThat(passwordEncoder.matches(PASSWORD, signInDirectory.loadUserByUsername(user.email()).getPassword())).isTrue();
    }

    @Test
    void a_user_whose_password_was_generated_must_change_it_and_then_no_longer() {
        String email = "generated-" + UUID.randomUUID() + "@payerlink.test";
        UserAccount admin = asPlatform(() -> tenantService.createPlatformUser(new NewUser("Gen", email, Role.PLATFORM_ADMIN, PASSWORD)));
        asPlatform(() -> {
            tenantService.requirePasswordChange(admin.id());
            return null;
        });
        PayerlinkUser first = (PayerlinkUser) signInDirectory.loadUserByUsername(email);
        assertThat(first.mustChangePassword()).isTrue();

        PayerlinkUser changed = signedInAs(email, () -> passwordChange.change(first, PASSWORD, "chosen by the admin", "chosen by the admin", "10.0.0.7"));

        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(((PayerlinkUser) signInDirectory.loadUserByUsername(email)).mustChangePassword()).isFalse();
    }

}
