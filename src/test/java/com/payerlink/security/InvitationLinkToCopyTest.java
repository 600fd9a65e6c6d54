package com.payerlink.security;

import com.payerlink.IntegrationTest;
import com.payerlink.TestAccounts;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.security.Role;
import com.payerlink.invitation.domain.InvitationOutcome;
import com.payerlink.invitation.domain.InvitationService;
import com.payerlink.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threat: secrets at rest, on a portal without a mail server. The operator gets each new link once, right after
 * sending, to hand over; the database still never holds it, so nobody can read it back later.
 */
class InvitationLinkToCopyTest extends IntegrationTest {

    @Autowired
    InvitationService invitations;

    @Autowired
    AccountService accounts;

    @Test
    void without_smtp_the_new_link_is_handed_out_once_and_kept_nowhere() throws Exception {
        Tenant t = newTenant();
        CustomerAccount a = TestAccounts.create(accounts, t, "200000000004", "No mail", ConnectionMethod.MSP_LIMITED,
                "it@nomail.test");

        InvitationOutcome outcome = as(t, Role.OPERATOR, () -> invitations.send(List.of(a.id())));

        assertThat(outcome.toCopy()).extracting(InvitationOutcome.LinkToCopy::accountName).containsExactly("No mail");
        String link = outcome.toCopy().get(0).link();
        assertThat(link).contains("/invite/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(invitations.open(token).account().id()).as("the copied link works").isEqualTo(a.id());
        assertThat(InvitationLinkTest.rowsAsText(t.id())).doesNotContain(token);
    }

}
