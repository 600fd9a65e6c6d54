package com.payerlink.account.domain;

import java.util.UUID;

/**
 * What the portal made of a stack's report, as the custom resource passes it on to CloudFormation.
 *
 * @param replay true when this very request had been received before: nothing changed this time
 */
public record StackReportOutcome(UUID accountId, AccountState state, String message, boolean replay) {
}
