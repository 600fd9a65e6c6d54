package com.payerlink.invitation.domain;

import java.util.List;

/**
 * What sending invitations did.
 *
 * @param sent    names of the accounts whose contacts got a new link
 * @param skipped per account left out: its name and why, with what to do
 */
public record InvitationOutcome(List<String> sent, List<String> skipped) {

    /** "Sent 3 invitations. Skipped 1: …" */
    public String message() {
        StringBuilder text = new StringBuilder(sent.size() == 1 ? "Sent 1 invitation." : "Sent " + sent.size() + " invitations.");
        if (!skipped.isEmpty()) {
            text.append(" Skipped ").append(skipped.size()).append(": ").append(String.join("; ", skipped));
        }
        return text.toString();
    }

}
