package com.payerlink.account.domain;

/** What an account's history line records; stored by name in {@code account_history.action}. */
public enum AccountHistoryAction {

    CREATED,
    STEP_SAVED,
    REGISTERED,
    STATE_CHANGED,
    IMPORTED,
    INVITATION_SENT,
    INVITATION_RESENT,
    INVITATION_REVOKED,
    INVITATION_OPENED,
    HEALTH_CHANGED,
    /** The account's CloudFormation stack reported back (its role, or that it was deleted). */
    STACK_REPORTED,
    /** A StackSet's stack reported a member account the tenant did not have: the account was created. */
    DISCOVERED

}
