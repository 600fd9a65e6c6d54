package com.payerlink.verification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.aws.CheckOutcome;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A member account's report checks, taken from its management account's connection: the Cost and Usage Report of an
 * organization lives in the management (payer) account, which only the management account's role reads. They pass
 * when the management account's last verification passed its bucket, prefix and report checks; they are not asked of
 * AWS again per member (an organization of 1,000 members would ask the CUR API 1,000 times for the same report).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ManagementReportChecks {

    /** The areas of the checks a member takes from its management account. */
    static final Set<String> REPORT_AREAS = Set.of(CheckCode.BUCKET_FOUND.area(), CheckCode.PREFIX_READABLE.area(),
            CheckCode.CUR_CONFORMS.area());

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final AccountService accounts;

    private final VerificationDAO verificationDAO;

    private final ScopedTransactions scoped;

    /** The member's bucket, prefix and report checks, from its management account's last verification. */
    List<Check> of(CustomerAccount member, UUID managementAccountId) {
        Optional<CustomerAccount> found = management(managementAccountId);
        if (found.isEmpty()) {
            return List.of(notVerified(member, "its management account is no longer among the tenant's accounts",
                    "Add the management account again and connect it, then verify " + member.name() + " again."));
        }
        CustomerAccount management = found.get();
        String who = "management account " + management.name() + " (" + management.accountId().value() + ")";
        if (!management.isRegistered() || management.state() == AccountState.DISCONNECTED) {
            return List.of(notVerified(member, "its report lives in " + who + ", whose connection is "
                    + (management.isRegistered() ? "disconnected" : "not registered yet"), fixFirst(management, member)));
        }
        DatabaseScope scope = CurrentScope.get();
        Optional<VerificationRun> run = scoped.call(scope,
                () -> verificationDAO.latestFinishedRun(scope.tenantId(), management.id()));
        List<Check> report = run.map(r -> r.checks().stream().filter(c -> REPORT_AREAS.contains(c.code().area()))
            .toList()).orElse(List.of());
        boolean passed = !report.isEmpty() && report.stream().noneMatch(Check::failed)
                && report.stream().anyMatch(c -> c.outcome() == CheckOutcome.PASS);
        if (!passed) {
            String failed = String.join(", ", report.stream().filter(Check::failed).map(c -> c.code().name()).toList());
            return List.of(notVerified(member, "its report lives in " + who + ", whose connection has "
                    + (run.isEmpty() ? "not been verified yet" : "not passed its report checks"
                            + (failed.isEmpty() ? "" : " (" + failed + ")")), fixFirst(management, member)));
        }
        String through = "Through " + who + ", verified " + WHEN.format(run.get().finishedAt()
            .atZoneSameInstant(ZoneOffset.UTC)) + ": ";
        return report.stream().map(c -> new Check(c.code(), c.outcome(), through + c.message(), c.fix())).toList();
    }

    private Optional<CustomerAccount> management(UUID id) {
        try {
            return Optional.of(accounts.get(id));
        }
        catch (AccountNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Check notVerified(CustomerAccount member, String why, String fix) {
        return Check.fail(CheckCode.MANAGEMENT_NOT_VERIFIED, "The Cost and Usage Report of " + member.name()
                + " was not checked: " + why + ".", fix);
    }

    private static String fixFirst(CustomerAccount management, CustomerAccount member) {
        return "Connect and verify the management account " + management.name() + " first (its account page says what"
                + " its failed checks need); once it passes, verify " + member.name() + " again.";
    }

}
