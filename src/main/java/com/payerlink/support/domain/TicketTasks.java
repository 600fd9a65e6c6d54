package com.payerlink.support.domain;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What a ticket change or a registration owes afterwards, as persistent db-scheduler tasks scheduled in the
 * transaction of that change: a node that dies right after the commit leaves them to any live node, and a
 * failure is retried with backoff instead of vanishing.
 */
@Configuration(proxyBeanMethods = false)
class TicketTasks {

    static final String DRAFT_CONNECTION_TICKET = "draft-connection-ticket";

    static final String RELEASE_TICKET_ACCOUNTS = "release-ticket-accounts";

    /** The accounts of a resolved ticket, to move on from AWAITING_SUPPORT in the name of who resolved it. */
    record AccountRelease(UUID tenantId, String reference, String resolvedBy, List<UUID> accountIds) {
    }

    @Bean
    OneTimeTask<ConnectionRegistered> draftConnectionTicketTask(ConnectionTickets tickets, ScopedTransactions scoped) {
        return Tasks.oneTime(DRAFT_CONNECTION_TICKET, ConnectionRegistered.class)
            .onFailure(retried())
            .execute((instance, context) -> {
                ConnectionRegistered event = instance.getData();
                asActor(event.registeredBy(), () -> scoped.run(DatabaseScope.tenantSystem(event.tenantId()),
                        () -> tickets.draftFor(event)));
            });
    }

    @Bean
    OneTimeTask<AccountRelease> releaseTicketAccountsTask(AccountStateService accountStates, ScopedTransactions scoped) {
        return Tasks.oneTime(RELEASE_TICKET_ACCOUNTS, AccountRelease.class)
            .onFailure(retried())
            .execute((instance, context) -> {
                AccountRelease release = instance.getData();
                // moving only AWAITING_SUPPORT accounts makes a repeated run harmless
                asActor(release.resolvedBy(), () -> scoped.run(DatabaseScope.tenantSystem(release.tenantId()),
                        () -> accountStates.releaseFromSupport(release.accountIds(),
                                "ticket " + release.reference() + " resolved")));
            });
    }

    private static <T> FailureHandler<T> retried() {
        return new FailureHandler.MaxRetriesFailureHandler<>(10,
                new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5)));
    }

    /** Histories and tickets name who made the change, as they did when this ran in their request. */
    private static void asActor(String actor, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

}
