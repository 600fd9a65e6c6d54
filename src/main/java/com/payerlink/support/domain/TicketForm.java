package com.payerlink.support.domain;

import com.payerlink.core.InvalidInputException;
import com.payerlink.core.SingleLine;
import org.jspecify.annotations.Nullable;

/** A ticket's subject, description and priority as typed. */
public record TicketForm(String subject, String description, @Nullable TicketPriority priority) {

    /** Checks the fields; throws naming the first that breaks a rule. */
    public TicketForm validated() {
        String s = SingleLine.required("subject", "subject", subject, 200,
                "Enter a subject: what support should do, in a line.");
        String d = description == null ? "" : description.strip();
        if (d.length() > 20_000) {
            throw new InvalidInputException("description", "The description is too long: at most 20,000 characters.");
        }
        return new TicketForm(s, d, priority == null ? TicketPriority.NORMAL : priority);
    }

}
