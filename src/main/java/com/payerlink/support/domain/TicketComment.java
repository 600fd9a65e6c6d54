package com.payerlink.support.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * One entry of a ticket's thread: a comment, a status change, or both.
 *
 * @param internal     seen by support agents only
 * @param statusChange "Open → In progress", or null
 */
public record TicketComment(long id, String author, String authorRole, String body, boolean internal,
        @Nullable String statusChange, OffsetDateTime at) {
}
