package com.payerlink.notification.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One tenant's mail still to send or given up, as the platform admin sees it.
 *
 * @param tenantId      the tenant, or null for the platform's own mail (platform staff's password links)
 * @param queued        mails waiting to be sent
 * @param overdue       of those, the ones due for longer than {@code payerlink.platform-notice.mail-stalled-after}
 * @param failed        mails given up after their last attempt (the tenant's org admin may send them again)
 * @param oldestOverdue since when the oldest overdue mail has been due, or null when none is
 */
public record MailBacklog(@Nullable UUID tenantId, long queued, long overdue, long failed, @Nullable OffsetDateTime oldestOverdue) {
}
