package com.payerlink.core;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The platform notices of this portal node, asked every {@code payerlink.platform-notice.refresh} in the
 * background, so that a page never waits for them (an AWS credential lookup may take seconds).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlatformNotices {

    private static final Logger log = LoggerFactory.getLogger(PlatformNotices.class);

    private final List<PlatformNotice> notices;

    private volatile @Nullable List<PlatformNotice.Notice> current;

    /** What the role is told now: the fix for platform admins, what it means for everyone else. */
    public List<String> forRole(Role role) {
        List<PlatformNotice.Notice> shown = current;
        if (shown == null) {
            shown = refresh();
        }
        return shown.stream()
            .map(s -> role == Role.PLATFORM_ADMIN ? s.message() : s.userMessage())
            .filter(m -> m != null && !m.isBlank())
            .map(String::strip)
            .toList();
    }

    /** Asks every notice now; the scheduler does this every refresh interval. */
    @Scheduled(fixedDelayString = "${payerlink.platform-notice.refresh:PT1M}")
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
        return current;
    }

}
