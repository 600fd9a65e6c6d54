package com.payerlink.api.web;

import com.payerlink.support.domain.Ticket;
import com.payerlink.support.domain.TicketAccount;
import com.payerlink.support.domain.TicketComment;
import com.payerlink.support.domain.TicketPriority;
import com.payerlink.support.domain.TicketStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A ticket with its accounts and its public thread. */
record TicketResponse(
        UUID id,
        @Schema(example = "NW-1042") String reference,
        String subject,
        String description,
        TicketPriority priority,
        TicketStatus status,
        @Schema(nullable = true, description = "Who hears of every change; null for a draft") String requesterEmail,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt,
        List<TicketAccountResponse> accounts,
        @Schema(description = "Public comments and status changes, oldest first") List<TicketCommentResponse> comments) {

    static TicketResponse of(Ticket t) {
        return new TicketResponse(t.id(), t.reference(), t.subject(), t.description(), t.priority(), t.status(),
                t.requesterEmail(), t.createdBy(), t.createdAt(), t.updatedBy(), t.updatedAt(),
                t.accounts().stream().map(TicketAccountResponse::of).toList(),
                // support's internal notes never leave the portal, whoever asks
                t.comments().stream().filter(c -> !c.internal()).map(TicketCommentResponse::of).toList());
    }

    /** An account the ticket is about, as it was when linked. */
    record TicketAccountResponse(@Schema(description = "The account's id in Payerlink") UUID id,
            @Schema(example = "012345678901") String accountId, String name, String partition) {

        static TicketAccountResponse of(TicketAccount a) {
            return new TicketAccountResponse(a.accountId(), a.awsAccountId(), a.name(), a.partition());
        }

    }

    /** A comment, a status change, or both. */
    record TicketCommentResponse(String author, @Schema(example = "SUPPORT_AGENT") String authorRole,
            @Schema(description = "Empty for a bare status change") String body,
            @Schema(nullable = true, example = "Open → In progress") String statusChange, OffsetDateTime at) {

        static TicketCommentResponse of(TicketComment c) {
            return new TicketCommentResponse(c.author(), c.authorRole(), c.body(), c.statusChange(), c.at());
        }

    }

}
