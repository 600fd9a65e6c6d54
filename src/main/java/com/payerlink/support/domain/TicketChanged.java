package com.payerlink.support.domain;

import java.util.List;
import java.util.UUID;

/**
 * A public change of a ticket (submitted, status changed, public comment), published inside the
 * change's transaction; after the commit the requester is mailed and, when resolved, its accounts
 * are released from support.
 *
 * @param change what happened, in words for the e-mail
 */
public record TicketChanged(UUID tenantId, UUID ticketId, String reference, String subject, String requesterEmail,
        String actor, String change, TicketStatus status, boolean resolved, List<UUID> accountIds) {
}
