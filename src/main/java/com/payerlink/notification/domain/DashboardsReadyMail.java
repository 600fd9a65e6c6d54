package com.payerlink.notification.domain;

import com.payerlink.account.domain.AccountReady;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** When an account's first cost data has arrived, its contacts hear that their dashboards are ready. */
@Component
class DashboardsReadyMail {

    static final String KIND = "DASHBOARDS_READY";

    private final OutboxService outbox;

    private final ScopedTransactions scoped;

    DashboardsReadyMail(OutboxService outbox, ScopedTransactions scoped) {
        this.outbox = outbox;
        this.scoped = scoped;
    }

    /** Queued once per account and contact, however often the event comes. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AccountReady event) {
        if (event.contactEmails() == null || event.contactEmails().isEmpty()) {
            return;
        }
        scoped.run(DatabaseScope.tenantSystem(event.tenantId()),
                () -> outbox.queue(KIND, event.contactEmails(),
                        MailTemplates.dashboardsReady(event.accountName(), event.awsAccountId().value()), null,
                        KIND + ":" + event.accountId()));
    }

}
