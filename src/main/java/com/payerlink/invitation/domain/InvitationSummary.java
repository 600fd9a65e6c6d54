package com.payerlink.invitation.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An account's current invitation, for the invitations list. */
public record InvitationSummary(UUID id, UUID accountId, String accountName, String awsAccountId, List<String> sentTo,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime expiresAt, @Nullable OffsetDateTime openedAt,
        @Nullable OffsetDateTime completedAt, InvitationStatus status) {
}
