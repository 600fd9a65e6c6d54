package com.payerlink.api.web;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per API token: a full minute's allowance may be spent at once, and it refills evenly.
 * In memory, so with several portal nodes each node counts on its own.
 */
final class ApiRateLimiter {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int perMinute;

    private final LongSupplier nanoTime;

    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("payerlink.api.rate-limit-per-minute must be at least 1, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    int perMinute() {
        return perMinute;
    }

    /** Takes one request from the token's allowance. @return 0 when the request may go on, else the seconds to wait */
    long secondsToWait(UUID tokenId) {
        return buckets.computeIfAbsent(tokenId, id -> new Bucket(perMinute, nanoTime.getAsLong()))
            .take(perMinute, nanoTime.getAsLong());
    }

    private static final class Bucket {

        private double available;

        private long refilledAt;

        Bucket(int capacity, long now) {
            this.available = capacity;
            this.refilledAt = now;
        }

        synchronized long take(int perMinute, long now) {
            double perNano = perMinute / NANOS_PER_MINUTE;
            available = Math.min(perMinute, available + (now - refilledAt) * perNano);
            refilledAt = now;
            if (available >= 1) {
                available -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - available) / perNano / 1e9));
        }

    }

}
