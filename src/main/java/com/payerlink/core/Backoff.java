package com.payerlink.core;

import java.time.Duration;

/**
 * Exponential backoff between attempts (mail, webhook deliveries): the first wait, doubled after each further failed
 * attempt, never longer than the longest.
 */
public record Backoff(Duration first, Duration longest) {

    /** The wait after the given number of failed attempts (1 = the first): first × 2^(attempts − 1), at most longest. */
    public Duration after(int failedAttempts) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

}
