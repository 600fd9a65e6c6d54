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

    /** "Sent 3 invitations. Skipped 1: …" */
    public String message() {
        StringBuilder text = new StringBuilder(sent.size() == 1 ? "Sent 1 invitation." : "Sent " + sent.size() + " invitations.");
        if (!skipped.isEmpty()) {
            text.append(" Skipped ").append(skipped.size()).append(": ").append(String.join("; ", skipped));
        }
        return text.toString();
    }

}
