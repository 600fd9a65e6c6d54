package com.payerlink.account.domain;

/**
 * Refused: the callback secret sent more reports this minute than its limit allows (a stack's secret replayed in a
 * loop). Nothing was applied; the report may be sent again after {@link #secondsToWait()}.
 */
public class StackReportThrottledException extends RuntimeException {

    private final int secondsToWait;

    StackReportThrottledException(int secondsToWait, int perMinute) {
        super("This callback secret sent more than " + perMinute + " reports in a minute; nothing was applied. Wait "
                + secondsToWait + " s (Retry-After) and send the report again; a stack reports only on Create, Update"
                + " and Delete, so more means the secret is replayed: update the stack from Payerlink's current link.");
        this.secondsToWait = secondsToWait;
    }

    public int secondsToWait() {
        return secondsToWait;
    }

}
