package com.payerlink.security;

import com.payerlink.MailTest;
import com.payerlink.TestAccounts;
import com.payerlink.TestDatabase;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.invitation.domain.InvitationLinkInvalidException;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.notification.domain.OutboxSender;
import com.payerlink.tenant.domain.Tenant;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Threat: secrets at rest and links that outlive their purpose. An invitation link lets its holder change an
 * account's connection without signing in: a copy of the database (backup, replica, a support dump) must not
 * hand out working links, and a link must stop working once its purpose is gone — the connection registered,
 * or the people it was sent to no longer the account's contacts.
 */
class InvitationLinkTest extends MailTest {

    private static final Pattern LINK = Pattern.compile("https://portal\\.example\\.test/invite/([A-Za-z0-9_-]+)");

    @Autowired
    InvitationService invitations;

    @Autowired
    AccountService accounts;

    @Autowired
    OutboxSender outboxSender;

    @Test
    void an_invitation_token_is_in_no_table_in_plain_text_neither_queued_nor_sent() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = limited(t, "200000000001", "At rest", "it@atrest.test");

        as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));
        String queued = rowsAsText(t.id());
        outboxSender.sendDue();
        String token = tokenMailedTo("it@atrest.test");

        assertThat(invitations.open(token).account().id()).as("the mailed link works").isEqualTo(a.id());
        assertThat(queued).as("outbox and invitation rows while the mail is queued").doesNotContain(token);
        assertThat(rowsAsText(t.id())).as("outbox and invitation rows once it is sent").doesNotContain(token);
    }

    @Test
    void a_link_stops_working_once_the_connection_is_registered() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = limited(t, "200000000002", "Registered", "ops@registered.test");
        as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));
        outboxSender.sendDue();
        String token = tokenMailedTo("ops@registered.test");
        assertThat(invitations.open(token).account().id()).isEqualTo(a.id());

        CustomerAccount registered = TestAccounts.register(accounts, t, TestAccounts.get(accounts, t, a.id()));

        assertThatThrownBy(() -> invitations.open(token))
            .isInstanceOf(InvitationLinkInvalidException.class)
            .hasMessageContaining("registered already");
        assertThatThrownBy(() -> invitations.saveRoleArns(token, a.id(), registered.version(),
                "arn:aws:iam::200000000002:role/Attacker"))
            .isInstanceOf(InvitationLinkInvalidException.class);
    }

    @Test
    void a_link_stops_working_once_the_accounts_contacts_change() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = limited(t, "200000000003", "New people", "leaver@newpeople.test");
        as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));
        outboxSender.sendDue();
        String token = tokenMailedTo("leaver@newpeople.test");
        assertThat(invitations.open(token).account().id()).isEqualTo(a.id());

        CustomerAccount current = TestAccounts.get(accounts, t, a.id());
        as(t, Role.OPERATOR, () -> accounts.saveDetails(a.id(), current.version(), new AccountDetails("200000000003",
                "New people", ConnectionMethod.MSP_LIMITED, "joiner@newpeople.test")));

        assertThatThrownBy(() -> invitations.open(token))
            .isInstanceOf(InvitationLinkInvalidException.class)
            .hasMessageContaining("contacts have changed");
    }

    private CustomerAccount limited(Tenant t, String awsId, String name, String contacts) {
        return TestAccounts.create(accounts, t, awsId, name, ConnectionMethod.MSP_LIMITED, contacts);
    }

    private static String tokenMailedTo(String address) {
        List<MimeMessage> mails = mailTo(address);
        assertThat(mails).isNotEmpty();
        Matcher m = LINK.matcher(textOf(mails.get(mails.size() - 1)));
        assertThat(m.find()).as("a link in the mail").isTrue();
        return m.group(1);
    }

    /** Every column of the tenant's outbox and invitation rows, as the database owner (a backup) sees them. */
    static String rowsAsText(UUID tenantId) throws Exception {
        TestDatabase db = TestDatabase.get();
        StringBuilder text = new StringBuilder();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            for (String table : List.of("email_outbox", "invitation")) {
                try (PreparedStatement s = c.prepareStatement("select t::text from " + table + " t where tenant_id = ?")) {
                    s.setObject(1, tenantId);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            text.append(r.getString(1)).append('\n');
                        }
                    }
                }
            }
        }
        assertThat(text).as("rows to look through").isNotEmpty();
        return text.toString();
    }

}
