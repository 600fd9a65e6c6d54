package com.payerlink.api.web;

import com.payerlink.api.domain.ApiTokenService;

import java.util.UUID;

/**
 * A fixed window per API token and minute, counted in PostgreSQL by one atomic upsert per request, so that every
 * portal node shares one count: N nodes behind a load balancer allow a token what one node allows.
 */
final class ApiRateLimiter {

    private final int perMinute;

    private final ApiTokenService tokens;

    ApiRateLimiter(int perMinute, ApiTokenService tokens) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("payerlink.api.rate-limit-per-minute must be at least 1, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.tokens = tokens;
    }

    int perMinute() {
        return perMinute;
    }

    /** Counts one request of the token. @return 0 when the request may go on, else the seconds to wait */
    long secondsToWait(UUID tokenId) {
        return tokens.countRequest(tokenId, perMinute);
    }

}
