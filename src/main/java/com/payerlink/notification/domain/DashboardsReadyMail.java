package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountReady;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an account's first cost data has arrived, its contacts hear that their dashboards are ready. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardsReadyMail {

    static final String KIND = "DASHBOARDS_READY";

    private final OutboxService outbox;

    private final ScopedTransactions scoped;

    /**
     * Queued once per account and contact, however often the event comes, in the transaction (and tenant scope)
     * that moved the account to READY: the mail exists exactly when the change does.
     */
    @EventListener
    void on(AccountReady event) {
        if (event.contactEmails() == null || event.contactEmails().isEmpty()) {
            return;
        }
        scoped.inTenant(event.tenantId(), () -> outbox.queue(KIND, event.contactEmails(),
                MailTemplates.dashboardsReady(event.accountName(), event.awsAccountId().value()), null,
                KIND + ":" + event.accountId()));
    }

}
