package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Every tenant's mail backlog, through the schema's narrow function: counts only, and only for a platform admin's
 * session (row-level security keeps each tenant's mails to itself).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MailBacklogDAO {

    private final DSLContext dsl;

    List<MailBacklog> backlog(Duration overdueAfter) {
        return dsl.resultQuery("select tenant_id, queued, overdue, failed, oldest_overdue "
                + "from payerlink_platform_mail_backlog(make_interval(secs => ?))", (double) overdueAfter.toSeconds())
            .fetch(r -> new MailBacklog(r.get(0, UUID.class), r.get(1, Long.class), r.get(2, Long.class),
                    r.get(3, Long.class), r.get(4, OffsetDateTime.class)));
    }

}
