package com.payerlink.dashboard.domain;

/**
 * The accounts that wait for someone of the tenant to act.
 *
 * @param toRegister          every wizard step done, waiting for an org admin to register the connection
 * @param invitedWaiting      the end customer was invited longer ago than {@code payerlink.dashboard.invitation-waiting}
 *                            and has not finished the wizard
 * @param processingOverdue   in Processing for longer than the 72-hour window without data
 * @param supportUnsubmitted  Awaiting support, but no submitted ticket lists the account (at most a draft does)
 */
public record ActionQueues(long toRegister, long invitedWaiting, long processingOverdue, long supportUnsubmitted) {
}
