package com.payerlink.notification.domain;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;

/**
 * The outbox is sent by a db-scheduler recurring task: its one row in {@code scheduled_tasks} is picked by one node
 * at a time, so with several portal nodes each round runs once in the cluster, not once per node. (The claims in
 * {@link OutboxDAO} still keep a mail from going out twice, should two senders ever overlap.)
 */
@Configuration(proxyBeanMethods = false)
class OutboxTasks {

    /** The task's name; tests that need their own sending rounds give theirs another ({@code payerlink.mail.task-name}). */
    static final String SEND_OUTBOX = "send-outbox";

    @Bean
    RecurringTask<Void> sendOutboxTask(OutboxSender sender, MailSettings settings,
            @Value("${payerlink.mail.task-name:" + SEND_OUTBOX + "}") String taskName) {
        return Tasks.recurring(taskName, new AfterEachRound(settings.pollInterval()))
            .execute((instance, context) -> sender.poll());
    }

    /**
     * A fixed delay after each round; unlike db-scheduler's {@code FixedDelay} the first round also waits one interval
     * after start, as the sender always did.
     */
    record AfterEachRound(Duration interval) implements Schedule {

        @Override
        public Instant getNextExecutionTime(ExecutionComplete complete) {
            return complete.getTimeDone().plus(interval);
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }

    }

}
