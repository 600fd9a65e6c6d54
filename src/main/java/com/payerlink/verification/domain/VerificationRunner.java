package com.payerlink.verification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountStateService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.RoleArn;
import com.payerlink.account.domain.BucketName;
import com.payerlink.account.domain.CurReportName;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Product;
import com.payerlink.account.domain.ReportPrefix;
import com.payerlink.core.metrics.PortalMetrics;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.ConnectionChecker;
import com.payerlink.verification.aws.ConnectionUnderTest;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs one queued verification: marks the run as running, checks the account against AWS outside any
 * transaction, then stores the checks and moves the account on in one transaction, exactly once.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VerificationRunner {

    private static final Logger log = LoggerFactory.getLogger(VerificationRunner.class);

    /** The code of a verification that could not be run at all; "Verify" tries again. */
    static final String GAVE_UP = "VERIFICATION_ERROR";

    private final VerificationDAO verificationDAO;

    private final AccountService accountService;

    private final AccountStateService accountStates;

    private final ConnectionChecker checker;

    private final AccountChecks accountChecks;

    private final ScopedTransactions scoped;

    private final PortalMetrics metrics;

    void run(VerificationJob job) {
        DatabaseScope scope = DatabaseScope.tenantSystem(job.tenantId());
        // no transaction around the AWS checks: one to start the run, one to record its outcome
        CurrentScope.runAs(scope, () -> {
            Optional<UUID> accountId = scoped.call(scope, () -> verificationDAO.startRun(job.tenantId(), job.runId()));
            if (accountId == null || accountId.isEmpty()) {
                return;
            }
            CustomerAccount account;
            try {
                account = accountService.get(accountId.get());
            }
            catch (AccountNotFoundException gone) {
                return;
            }
            if (account.state() == AccountState.DISCONNECTED) {
                // disconnected while queued: no AWS call for it any more; the run ends without checks
                scoped.run(scope, () -> verificationDAO.giveUpRun(job.tenantId(), job.runId()));
                return;
            }
            List<Check> checks = checksOf(account);
            scoped.run(scope, () -> {
                if (verificationDAO.finishRun(job.tenantId(), job.runId(), checks)) {
                    List<String> failed = checks.stream().filter(Check::failed).map(c -> c.code().name()).distinct().toList();
                    if (failed.isEmpty()) {
                        accountStates.verificationPassed(account.id());
                    }
                    else {
                        accountStates.verificationFailed(account.id(), failed);
                    }
                    metrics.verificationRun((failed.isEmpty() ? RunStatus.PASSED : RunStatus.FAILED).name(), failed);
                }
            });
            log.debug("Verified {} ({})", account.name(), account.accountId());
        });
    }

    /** The checks of the first role with the report (a member: its management's; contributions in), then every further role's. */
    private List<Check> checksOf(CustomerAccount account) {
        ConnectionUnderTest first = connectionOf(account);
        List<Check> checks = new ArrayList<>(accountChecks.check(account));
        for (RoleArn arn : account.roleArns().stream().skip(1).toList()) {
            if (arn.partition() != account.partition() || !arn.accountId().equals(account.accountId())) {
                checks.add(ConnectionChecker.roleOfAnotherAccount(arn.value(), account.accountId().value()));
            }
            else {
                checks.addAll(checker.checkFurtherRole(first.withRole(arn.value())));
            }
        }
        return checks;
    }

    /**
     * The run failed on every attempt (the database, not AWS: AWS errors are checks): the run ends as failed and
     * the account becomes VERIFICATION_FAILED with {@value #GAVE_UP}, never left in VERIFYING.
     */
    void giveUp(VerificationJob job, String error) {
        log.error("Verification run {} of tenant {} failed on every attempt; the account is marked {}: {}", job.runId(),
                job.tenantId(), GAVE_UP, error);
        scoped.run(DatabaseScope.tenantSystem(job.tenantId()), () -> verificationDAO.giveUpRun(job.tenantId(), job.runId())
            .ifPresent(accountId -> {
                accountStates.verificationFailed(accountId, List.of(GAVE_UP));
                metrics.verificationRun(RunStatus.FAILED.name(), List.of(GAVE_UP));
            }));
    }

    /**
     * What to check of the account: its first role and its report's bucket, prefix and name as the wizard has them,
     * and its organization only with Organization Discovery chosen.
     */
    static ConnectionUnderTest connectionOf(CustomerAccount a) {
        boolean templateMadeReport = a.createCur() || a.curBucket() == null;
        String bucket = (a.curBucket() != null ? a.curBucket() : BucketName.forAccount(a.accountId())).value();
        String report = a.curReportName() != null ? a.curReportName().value()
                : templateMadeReport ? CurReportName.defaultName().value() : null;
        ReportPrefix prefix = a.curPrefix() == null ? ReportPrefix.none() : a.curPrefix();
        return new ConnectionUnderTest(a.partition(), a.accountId().value(),
                a.roleArns().isEmpty() ? "" : a.roleArns().get(0).value(),
                a.externalId().value(), bucket, prefix, report, readsOrganization(a));
    }

    /** Only Organization Discovery lets the platform read an organization, and report its members back. */
    static boolean readsOrganization(CustomerAccount a) {
        return a.method().isManagementAccount() && a.products().contains(Product.ORGANIZATION_DISCOVERY);
    }

}
