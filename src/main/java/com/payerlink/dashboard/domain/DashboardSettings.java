package com.payerlink.dashboard.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The Home dashboard ({@code payerlink.dashboard.*}).
 *
 * @param invitationWaiting an end customer invited longer ago than this, who has not finished the wizard, is
 *                          listed under "needs action"
 * @param readyDays         how many days the "Ready" chart looks back
 */
@ConfigurationProperties("payerlink.dashboard")
public record DashboardSettings(@DefaultValue("P7D") Duration invitationWaiting, @DefaultValue("30") int readyDays) {
}
