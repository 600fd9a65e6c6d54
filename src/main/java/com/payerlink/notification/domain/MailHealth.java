package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.PlatformNotice;
import com.payerlink.core.PlatformNoticeSettings;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Whether the platform's mail gets out: a mail server is configured, and no queued mail waits much past its time.
 * The platform admin's overview lists each tenant's backlog; the platform notice says when mail is stuck.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MailHealth implements PlatformNotice {

    private final MailBacklogDAO backlogDAO;

    private final ObjectProvider<JavaMailSender> mailSender;

    private final PlatformNoticeSettings settings;

    private final ScopedTransactions scoped;

    /** Each tenant's queued, overdue and failed mails (tenants without any are left out). Platform admins only. */
    @Transactional(readOnly = true)
    public List<MailBacklog> backlog() {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        return backlogDAO.backlog(settings.mailStalledAfter());
    }

    @Override
    public @Nullable Notice now() {
        if (mailSender.getIfAvailable() == null) {
            return new Notice("No e-mail is sent: no mail server is configured. Set spring.mail.host (SPRING_MAIL_HOST) "
                    + "and, as your server needs, spring.mail.port, spring.mail.username and spring.mail.password; the "
                    + "queued mails go out then.",
                    "E-mails are not sent yet: the platform has no mail server. Invitations and notices wait in the "
                            + "outbox and go out later; to reach a customer now, copy the invitation link.");
        }
        // the notice is the platform's, asked outside any request: it reads as the platform itself
        long overdue = scoped.call(DatabaseScope.platform(), () -> backlogDAO.backlog(settings.mailStalledAfter()))
            .stream().mapToLong(MailBacklog::overdue).sum();
        if (overdue == 0) {
            return null;
        }
        return new Notice(overdue + " e-mail" + (overdue == 1 ? " has" : "s have") + " waited more than "
                + minutes() + " minutes past their time: the outbox is stalled. Check that the mail server answers (the "
                + "log names its error) and that the portal's sender runs.",
                "E-mails are delayed: the platform's mail server is not taking them right now. Nothing is lost; they go "
                        + "out once it does.");
    }

    private long minutes() {
        return settings.mailStalledAfter().toMinutes();
    }

}
