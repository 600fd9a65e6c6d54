package com.payerlink.password.domain;

import com.payerlink.MailTest;
import com.payerlink.TestDatabase;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Role;
import com.payerlink.core.security.SignInDirectory;
import com.payerlink.notification.domain.OutboxSender;
import com.payerlink.tenant.domain.NewTenant;
import com.payerlink.tenant.domain.NewUser;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordLinksTest extends MailTest {

    private static final Pattern LINK = Pattern.compile("https://portal\\.example\\.test/set-password/([A-Za-z0-9_-]{43})");

    @Autowired
    PasswordLinks passwordLinks;

    @Autowired
    OutboxSender outboxSender;

    @Autowired
    SignInDirectory signInDirectory;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void forgot_password_mails_a_link_that_sets_a_new_password_once() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.OPERATOR);

        passwordLinks.requestReset(user.email().toUpperCase());
        outboxSender.sendDue();

        String token = tokenMailedTo(user.email());
        assertThat(storedTokenHashes(user)).as("only the token's hash is stored").doesNotContain(token).hasSize(1);
        assertThat(passwordLinks.emailOfLink(token)).contains(user.email());
        assertThat(passwordLinks.setPassword(token, "new and long enough", "new and long enough").value()).isEqualTo(user.email());
        assertThat(passwordEncoder.matches("new and long enough", signInDirectory.loadUserByUsername(user.email()).getPassword())).isTrue();

        assertThat(passwordLinks.emailOfLink(token)).as("used up").isEmpty();
        assertThatThrownBy(() -> passwordLinks.setPassword(token, "another long password", "another long password"))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("used or has expired");
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        String nobody = "nobody-" + System.nanoTime() + "@nowhere.test";

        passwordLinks.requestReset(nobody);
        outboxSender.sendDue();

        assertThat(mailTo(nobody)).isEmpty();
    }

    @Test
    void a_common_or_short_password_or_a_mistyped_repeat_is_refused_and_the_link_still_works() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.VIEWER);
        passwordLinks.requestReset(user.email());
        outboxSender.sendDue();
        String token = tokenMailedTo(user.email());

        assertThatThrownBy(() -> passwordLinks.setPassword(token, "qwerty123456", "qwerty123456"))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("most common passwords")
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("password");
        assertThatThrownBy(() -> passwordLinks.setPassword(token, "short", "short"))
            .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> passwordLinks.setPassword(token, "a fine long password", "a fine long passwort"))
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("repeated");
        assertThat(passwordLinks.emailOfLink(token)).contains(user.email());
    }

    @Test
    void the_first_org_admin_of_a_new_tenant_is_mailed_a_set_your_password_link() {
        String code = new java.util.Random().ints(6, 'A', 'Z' + 1).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String admin = "first-" + System.nanoTime() + "@invited.test";
        Tenant t = asPlatform(() -> tenantService.create(new NewTenant("Invited MSP " + System.nanoTime(), code,
                NewUser.invited("First Admin", admin, Role.ORG_ADMIN))));
        outboxSender.sendDue();

        assertThat(mailTo(admin)).singleElement().satisfies(m -> assertThat(m.getSubject()).isEqualTo(t.name() + " added you to Payerlink"));
        String token = tokenMailedTo(admin);
        passwordLinks.setPassword(token, "my own password now", "my own password now");
        assertThat(passwordEncoder.matches("my own password now", signInDirectory.loadUserByUsername(admin).getPassword())).isTrue();
    }

    private static String tokenMailedTo(String address) {
        List<String> texts = mailTo(address).stream().map(MailTest::textOf).toList();
        assertThat(texts).isNotEmpty();
        Matcher m = LINK.matcher(texts.get(texts.size() - 1));
        assertThat(m.find()).as("a link to the portal's base URL in " + texts).isTrue();
        return m.group(1);
    }

    private static List<String> storedTokenHashes(UserAccount user) {
        TestDatabase db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                PreparedStatement s = c.prepareStatement("select token_hash from password_token where user_id = ?")) {
            s.setObject(1, user.id());
            List<String> hashes = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hashes.add(r.getString(1));
                }
            }
            return hashes;
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
