package com.payerlink.verification.domain;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.core.tasks.QueuedJobs;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Verification starts on its own once an org admin has registered a connection: the registering transaction
 * schedules a persistent "verify-registered" task, so a portal that dies right after the commit still verifies.
 */
@Component
class RegistrationListener {

    private final SchedulerClient scheduler;

    private final OneTimeTask<RegisteredConnection> verifyRegistered;

    private final boolean enabled;

    private final QueuedJobs queuedJobs;

    RegistrationListener(SchedulerClient scheduler, OneTimeTask<RegisteredConnection> verifyRegistered,
            VerificationSettings settings, QueuedJobs queuedJobs) {
        this.scheduler = scheduler;
        this.queuedJobs = queuedJobs;
        this.verifyRegistered = verifyRegistered;
        this.enabled = settings.verifyOnRegistration();
    }

    @EventListener
    void on(ConnectionRegistered event) {
        if (enabled && !event.verificationQueued()) {
            scheduler.scheduleIfNotExists(verifyRegistered.instance(event.accountId().toString(),
                    new RegisteredConnection(event.tenantId(), event.accountId())), Instant.now());
            queuedJobs.startAfterCommit();
        }
    }

}
