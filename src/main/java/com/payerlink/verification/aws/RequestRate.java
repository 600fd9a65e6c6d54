package com.payerlink.verification.aws;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A token bucket that paces this node's requests to one AWS API below a rate: each request takes a token, tokens
 * come back at the rate (at most one second's worth is saved up), and a request without one waits its turn.
 */
final class RequestRate {

    private final double perSecond;

    private double tokens;

    private long refilledAt;

    RequestRate(int perSecond) {
        this.perSecond = Math.max(1, perSecond);
        this.tokens = this.perSecond;
        this.refilledAt = System.nanoTime();
    }

    /** Waits until this request may go out. */
    void acquire() {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - refilledAt) * perSecond / TimeUnit.SECONDS.toNanos(1));
            refilledAt = now;
            tokens -= 1;
            // a negative balance is the queue: this request goes out once its token has come back
            waitNanos = tokens >= 0 ? 0 : (long) (-tokens / perSecond * TimeUnit.SECONDS.toNanos(1));
        }
        if (waitNanos > 0) {
            LockSupport.parkNanos(waitNanos);
        }
    }

}
