package com.payerlink;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The API's rate limit counts per token and calendar minute. A test that spends a limit waits, when needed, until a
 * minute starts, so that its burst is counted in one window and its totals are exact.
 */
public final class RateLimitWindow {

    private RateLimitWindow() {
    }

    /** Returns when at least {@code needed} remains of the current minute (the database and the test share a clock). */
    public static void awaitRoomInMinute(Duration needed) {
        Instant now = Instant.now();
        Instant minuteEnds = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        if (Duration.between(now, minuteEnds).compareTo(needed) < 0) {
            try {
                Thread.sleep(Duration.between(now, minuteEnds).plusMillis(200).toMillis());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

}
