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
import com.payerlink.tenant.domain.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Autowired
    UserService userService;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate transactions;

    @BeforeEach
    void transactions() {
        transactions = new TransactionTemplate(transactionManager);
    }

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
        String token = resetLinkMailedTo(user.email());

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

    @Test
    void forgot_password_mails_platform_staff_a_link_through_the_platform_outbox() {
        UserAccount agent = newSupportAgent();

        String token = resetLinkMailedTo(agent.email());
        assertThat(queryAsOwner("select count(*) from email_outbox where recipient = ? and tenant_id is null", agent.email()))
            .as("queued without a tenant").isEqualTo(1L);
        passwordLinks.setPassword(token, "agent's own new password", "agent's own new password");
        assertThat(passwordEncoder.matches("agent's own new password",
                signInDirectory.loadUserByUsername(agent.email()).getPassword())).isTrue();
        assertThat(queryAsOwner("select string_agg(action, ',' order by id) from audit_log where tenant_id is null "
                + "and (actor_email = ? or detail like ?)", agent.email(), agent.email() + "%"))
            .as("the platform's audit").isEqualTo("USER_CREATED,PASSWORD_RESET_REQUESTED,PASSWORD_SET_BY_LINK");
    }

    @Test
    void a_new_platform_user_is_mailed_a_set_your_password_link() {
        String admin = "pa-" + System.nanoTime() + "@payerlink.test";
        asPlatform(() -> tenantService.createPlatformUser(new NewUser("Second Admin", admin, Role.PLATFORM_ADMIN, PASSWORD)));
        String agent = "new-agent-" + System.nanoTime() + "@payerlink.test";

        // a signed-in platform admin adds a support agent without typing a password for them
        signedInAs(admin, () -> tenantService.createPlatformUser(NewUser.invited("New Agent", agent, Role.SUPPORT_AGENT)));
        outboxSender.sendDue();

        assertThat(mailTo(agent)).singleElement().satisfies(m -> assertThat(m.getSubject()).contains("Payerlink"));
        passwordLinks.setPassword(tokenMailedTo(agent), "my agent password", "my agent password");
        assertThat(passwordEncoder.matches("my agent password", signInDirectory.loadUserByUsername(agent).getPassword())).isTrue();
    }

    @Test
    void following_a_link_is_audited_in_the_users_tenant_as_password_set_by_link() {
        Tenant t = newTenant();
        UserAccount user = newUser(t, Role.OPERATOR);
        passwordLinks.setPassword(resetLinkMailedTo(user.email()), "a new long password", "a new long password");

        assertThat(queryAsOwner("select detail from audit_log where tenant_id = ? and actor_email = ? "
                + "and action = 'PASSWORD_SET_BY_LINK'", t.id(), user.email()))
            .isEqualTo("with a \"Forgot password\" link");
    }

    @Test
    void an_invited_users_link_and_mail_exist_exactly_when_the_invitation_commits() {
        Tenant t = newTenant();
        String rolledBack = "rolled-back-" + System.nanoTime() + "@" + t.code().toLowerCase() + ".test";
        String committed = "committed-" + System.nanoTime() + "@" + t.code().toLowerCase() + ".test";

        signedInAs(adminEmail(t), () -> transactions.execute(status -> {
            userService.create(NewUser.invited("Rolled Back", rolledBack, Role.VIEWER));
            status.setRollbackOnly();
            return null;
        }));
        signedInAs(adminEmail(t), () -> transactions.execute(status -> userService.create(
                NewUser.invited("Committed", committed, Role.VIEWER))));

        assertThat(linksAndMailsOf(rolledBack)).as("no link, no mail").containsExactly(0L, 0L);
        assertThat(linksAndMailsOf(committed)).as("both").containsExactly(1L, 1L);
    }

    private static List<Object> linksAndMailsOf(String email) {
        return List.of(queryAsOwner("select count(*) from password_token p join app_user u on u.id = p.user_id "
                + "where u.email = ?", email), queryAsOwner("select count(*) from email_outbox where recipient = ? "
                + "and kind = 'SET_PASSWORD'", email));
    }

    private static Object queryAsOwner(String sql, Object... args) {
        return TestDatabase.get().queryAsOwner(sql, args);
    }

    /** "Forgot password" for the address, and the token of the link mailed to it. */
    private String resetLinkMailedTo(String address) {
        passwordLinks.requestReset(address);
        outboxSender.sendDue();
        return tokenMailedTo(address);
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
