package com.payerlink.dashboard.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.PlatformNotice;
import com.payerlink.core.PlatformNoticeSettings;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The background jobs that keep failing, from db-scheduler's own table (shared by every node, not tenant-owned: it
 * is read by task name and failure counts only, never a job's data).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BackgroundJobs implements PlatformNotice {

    private final PlatformDAO platformDAO;

    private final PlatformNoticeSettings settings;

    /** Every kind of job whose last run failed, most failures in a row first. Platform admins only. */
    @Transactional(readOnly = true)
    public List<FailingJob> failing() {
        CurrentScope.requireRole(Role.PLATFORM_ADMIN);
        return failing(1);
    }

    @Override
    public @Nullable Notice now() {
        List<FailingJob> jobs = failing(Math.max(1, settings.jobFailures()));
        if (jobs.isEmpty()) {
            return null;
        }
        String which = jobs.stream()
            .map(j -> j.task() + " (" + j.instances() + (j.instances() == 1 ? " job, " : " jobs, ") + "up to "
                    + j.mostInARow() + " failures in a row)")
            .collect(Collectors.joining(", "));
        return new Notice("Background jobs keep failing: " + which + ". They are retried; the log names each failure.",
                "Some background work (verification, ticket follow-ups) keeps failing on the platform, so results may "
                        + "come late. The platform's operators see this too.");
    }

    private List<FailingJob> failing(int inARow) {
        return platformDAO.failingJobs(inARow);
    }

}
