package com.payerlink.dashboard.domain;

import com.payerlink.notification.domain.MailBacklog;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.tenant.domain.UserAccount;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a platform admin sees of one tenant: its users with their last sign-in and sign-in pauses, its accounts per
 * state, its mail backlog, and the platform's failing jobs. Counts only of accounts and mail, never their rows.
 */
public record TenantDetail(Tenant tenant, List<TenantUser> users, TenantAccounts accounts, @Nullable MailBacklog mail,
        List<FailingJob> failingJobs) {

    /** A user of the tenant; {@code signIn} is null when no attempt of theirs is being counted. */
    public record TenantUser(UserAccount user, @Nullable OffsetDateTime lastSignIn, @Nullable SignInPause signIn) {
    }

}
