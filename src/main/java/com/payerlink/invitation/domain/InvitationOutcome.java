package com.payerlink.invitation.domain;

import java.util.List;

/**
 * What sending invitations did.
 *
 * @param sent    names of the accounts whose contacts got a new link
 * @param skipped per account left out: its name and why, with what to do
 * @param toCopy  only when the portal has no SMTP server: each new link, to hand over yourself; shown once,
 *                right after sending (the portal keeps only the link's hash, and the mail's copy encrypted)
 */
public record InvitationOutcome(List<String> sent, List<String> skipped, List<LinkToCopy> toCopy) {

    /** A new invitation link of one account. */
    public record LinkToCopy(String accountName, String link) {
    }

    /**
     * "Queued 3 invitations for sending. Skipped 1: …" — queued, not sent: the outbox sends them later, and without a
     * mail server it sends nothing, which the message then says.
     */
    public String message() {
        String invitations = sent.size() == 1 ? "1 invitation" : sent.size() + " invitations";
        StringBuilder text = new StringBuilder(toCopy.isEmpty()
                ? "Queued " + invitations + " for sending; the Outbox shows when each is sent."
                : "Created " + invitations + ". None is e-mailed: the portal has no mail server.");
        if (!skipped.isEmpty()) {
            text.append(" Skipped ").append(skipped.size()).append(": ").append(String.join("; ", skipped));
        }
        return text.toString();
    }

}
