package com.payerlink.core.database;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The portal's one fixed-window rate limit (V17): requests per key and calendar minute, counted in PostgreSQL by one
 * atomic upsert, so every portal node shares the count. Keys are random UUIDs of what is limited (an API token, a
 * callback secret's account), so two callers never share a window. Runs before a tenant is known.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RateWindows {

    private final DSLContext dsl;

    /**
     * Counts one request of the key in the current minute.
     *
     * @return 0 when the request may go on, else the seconds until the next minute starts (at least 1)
     */
    public int secondsToWait(UUID key, int perMinute) {
        return dsl.fetchOne("select payerlink_api_rate_count(?, ?)", key, perMinute).get(0, Integer.class);
    }

}
