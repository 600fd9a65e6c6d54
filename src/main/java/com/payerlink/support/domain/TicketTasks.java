package com.payerlink.support.domain;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.core.security.Actors;
import com.payerlink.core.tasks.DurableTasks;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a ticket change or a registration owes afterwards, as persistent db-scheduler tasks scheduled in the
 * transaction of that change: a node that dies right after the commit leaves them to any live node, and a
 * failure is retried with backoff instead of vanishing.
 */
@Configuration(proxyBeanMethods = false)
class TicketTasks {

    static final String DRAFT_CONNECTION_TICKET = "draft-connection-ticket";

    static final String RELEASE_TICKET_ACCOUNTS = "release-ticket-accounts";

    static final String CONNECTION_VERIFIED = "enablement-after-verification";

    /** An MSP_MULTIPLE connection that passed verification: its ticket is submitted, or it is released. */
    record ConnectionVerified(UUID tenantId, UUID accountId) {
    }

    /** The accounts of a resolved ticket, to move on from AWAITING_SUPPORT in the name of who resolved it. */
    record AccountRelease(UUID tenantId, String reference, String resolvedBy, List<UUID> accountIds) {
    }

    @Bean
    OneTimeTask<ConnectionRegistered> draftConnectionTicketTask(TicketService tickets, ScopedTransactions scoped) {
        return inTenant(DRAFT_CONNECTION_TICKET, ConnectionRegistered.class, scoped,
                event -> new Origin(event.tenantId(), event.registeredBy()), tickets::draftForConnection);
    }

    @Bean
    OneTimeTask<AccountRelease> releaseTicketAccountsTask(AccountStateService accountStates, ScopedTransactions scoped) {
        // moving only AWAITING_SUPPORT accounts makes a repeated run harmless
        return inTenant(RELEASE_TICKET_ACCOUNTS, AccountRelease.class, scoped,
                release -> new Origin(release.tenantId(), release.resolvedBy()),
                release -> accountStates.releaseFromSupport(release.accountIds(),
                        "ticket " + release.reference() + " resolved"));
    }

    @Bean
    OneTimeTask<ConnectionVerified> connectionVerifiedTask(EnablementTickets enablement, ScopedTransactions scoped) {
        return inTenant(CONNECTION_VERIFIED, ConnectionVerified.class, scoped,
                verified -> new Origin(verified.tenantId(), EnablementTickets.VERIFIED_BY),
                verified -> enablement.verificationPassed(verified.accountId()));
    }

    /** Whose change a task follows: it runs in that tenant's system scope, in the name of who made the change. */
    private record Origin(UUID tenantId, String actor) {
    }

    /**
     * A retried task that runs in the tenant's system scope in the name of who made the change: histories and
     * tickets name them, as they did when this ran in their request.
     */
    private static <T> OneTimeTask<T> inTenant(String name, Class<T> type, ScopedTransactions scoped,
            Function<T, Origin> origin, Consumer<T> work) {
        return DurableTasks.retried(name, type, 10, Duration.ofSeconds(5), data -> {
            Origin o = origin.apply(data);
            Actors.runAs(o.actor(), () -> scoped.run(DatabaseScope.tenantSystem(o.tenantId()), () -> work.accept(data)));
        });
    }

}
