package com.payerlink.core;

import com.payerlink.core.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The platform notices of this portal node (each node has its own settings), asked again in the background once
 * they are older than {@code payerlink.platform-notice.refresh}, so that a page never waits for them (an AWS
 * credential lookup may take seconds): a page shows the last answer while the next is asked.
 */
@Component
public class PlatformNotices {

    private static final Logger log = LoggerFactory.getLogger(PlatformNotices.class);

    private final List<PlatformNotice> notices;

    private final Duration refreshAfter;

    private volatile @Nullable List<PlatformNotice.Notice> current;

    private volatile long askedAt;

    private volatile boolean asking;

    PlatformNotices(List<PlatformNotice> notices, @Value("${payerlink.platform-notice.refresh:PT1M}") Duration refreshAfter) {
        this.notices = notices;
        this.refreshAfter = refreshAfter;
    }

    /** What the role is told now: the fix for platform admins, what it means for everyone else. */
    public List<String> forRole(Role role) {
        List<PlatformNotice.Notice> shown = current;
        if (shown == null) {
            shown = refresh();
        }
        else if (System.nanoTime() - askedAt > refreshAfter.toNanos() && !asking) {
            asking = true;
            CompletableFuture.runAsync(this::refresh);
        }
        return shown.stream()
            .map(s -> role == Role.PLATFORM_ADMIN ? s.message() : s.userMessage())
            .filter(m -> m != null && !m.isBlank())
            .map(String::strip)
            .toList();
    }

    /** Asks every notice now. */
    public synchronized List<PlatformNotice.Notice> refresh() {
        List<PlatformNotice.Notice> shown = new ArrayList<>();
        for (PlatformNotice notice : notices) {
            try {
                PlatformNotice.Notice now = notice.now();
                if (now != null) {
                    shown.add(now);
                }
            }
            catch (RuntimeException e) {
                // a notice that cannot ask (e.g. the database is away) must not hide the others
                log.warn("Platform notice {} could not be asked", notice.getClass().getSimpleName(), e);
            }
        }
        current = List.copyOf(shown);
        askedAt = System.nanoTime();
        asking = false;
        return current;
    }

}
