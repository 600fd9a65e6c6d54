package com.payerlink.session.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One of the user's signed-in sessions: where from, with which browser, since when, last active when. */
public record SignedInSession(UUID id, String clientAddress, String userAgent, OffsetDateTime startedAt,
        OffsetDateTime lastSeenAt, boolean current) {

    /** A short name of the browser, from its user agent, e.g. "Chrome on Linux". */
    public String browser() {
        String browser = userAgent.contains("Edg/") ? "Edge" : userAgent.contains("Firefox/") ? "Firefox"
                : userAgent.contains("Chrome/") || userAgent.contains("Chromium/") ? "Chrome"
                : userAgent.contains("Safari/") ? "Safari" : "A browser";
        String system = userAgent.contains("Android") ? "Android" : userAgent.contains("iPhone") || userAgent.contains("iPad") ? "iOS"
                : userAgent.contains("Windows") ? "Windows" : userAgent.contains("Mac OS") ? "macOS"
                : userAgent.contains("Linux") ? "Linux" : "an unknown system";
        return browser + " on " + system;
    }

}
