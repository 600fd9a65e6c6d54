package com.payerlink.invitation.domain;

import com.payerlink.account.domain.AccountBulkAction;
import com.payerlink.core.security.Roles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** "Send invitations" on the accounts grid's selection. */
@Component
@Order(20)
class InvitationBulkAction extends AccountBulkAction {

    private final InvitationService invitations;

    InvitationBulkAction(InvitationService invitations) {
        super("Send invitations", "E-mail each selected account's contacts a private link to do the account's own"
                + " steps; a resend replaces the old link", Roles.EDITORS);
        this.invitations = invitations;
    }

    @Override
    public Outcome run(List<UUID> accountIds) {
        InvitationOutcome outcome = invitations.send(accountIds);
        if (outcome.toCopy().isEmpty()) {
            return new Outcome(outcome.message(), null);
        }
        // no mail server: the links exist only now, and only the Invitations view can hand them over
        return new Outcome(outcome.message() + " To hand a link over yourself, choose Resend for the account under"
                + " Invitations: its new link is shown once, to copy.", null);
    }

}
