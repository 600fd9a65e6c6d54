package com.payerlink.support.domain;

import java.util.UUID;

/** A support agent a ticket can be assigned to. */
public record SupportAgent(UUID id, String email, String displayName) {

    /** How pickers show the agent: the name, and the address when the name is only the role's. */
    public String label() {
        return displayName.equals(email) ? email : displayName + " (" + email + ")";
    }

}
