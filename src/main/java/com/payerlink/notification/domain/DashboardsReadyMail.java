package com.payerlink.notification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountReady;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
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
        Runnable queue = () -> outbox.queue(KIND, event.contactEmails(),
                MailTemplates.dashboardsReady(event.accountName(), event.awsAccountId().value()), null,
                KIND + ":" + event.accountId());
        if (event.tenantId().equals(CurrentScope.get().tenantId())) {
            queue.run(); // joins the caller's transaction, if any
        }
        else {
            // published outside the tenant's scope: the connection must be bound to the account's tenant
            scoped.run(DatabaseScope.tenantSystem(event.tenantId()), queue);
        }
    }

}
