package com.payerlink.webhook.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.payerlink.core.tasks.DurableTasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delivery job: a db-scheduler recurring task, so one node at a time sends the queued deliveries. */
@Configuration(proxyBeanMethods = false)
class WebhookTasks {

    static final String WEBHOOK_DELIVERIES = "webhook-deliveries";

    @Bean
    RecurringTask<Void> webhookDeliveriesTask(WebhookSender sender, WebhookSettings settings) {
        return DurableTasks.every(WEBHOOK_DELIVERIES, settings.pollInterval(), sender::deliverDue);
    }

}
