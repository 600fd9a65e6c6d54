package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.core.ConcurrentChangeException;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.database.RateWindows;
import com.payerlink.core.security.Actors;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.db.tables.records.CustomerAccountRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.util.concurrent.atomic.AtomicReference;


/**
 * Reports of customers' CloudFormation stacks ({@code POST /api/v1/cloudformation/callbacks}): the secret names the
 * tenant and account; the report must name that account's AWS account and partition (a StackSet's report: any member
 * of the management account's partition). Each CloudFormation request is applied once, in the tenant's scope, as the
 * actor "CloudFormation stack"; a replay answers what the first delivery did and changes nothing.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StackReports {

    /** Who the history names for what a stack reported. */
    public static final String ACTOR = "CloudFormation stack";

    private static final int ATTEMPTS = 3;

    // the scope a report acts in: DatabaseScope.tenantSystem of the secret's tenant
    private static final Role REPORT_SCOPE_ROLE = Role.ORG_ADMIN;

    private final StackReportDAO reportDAO;

    private final AccountDAO accountDAO;

    private final StackReportEffects effects;

    private final ScopedTransactions scoped;

    private final RateWindows rateWindows;

    private final CloudFormationSettings settings;

    /**
     * Applies the report.
     *
     * @throws StackReportRefusedException   for a secret that is unknown or belongs to another account or partition
     * @throws StackReportThrottledException for a secret that sent more reports this minute than its limit
     * @throws InvalidInputException       for a missing or malformed field, or a role ARN of another account
     */
    public StackReportOutcome receive(StackReport report) {
        if (report.secret().isEmpty() || !report.secret().startsWith(CallbackSecrets.PREFIX)) {
            throw new StackReportRefusedException(true, "The report carries no Payerlink callback secret: keep the"
                    + " CallbackSecret parameter Payerlink filled in (use the quick-create link or the account's own"
                    + " template download).");
        }
        report.check();
        String hash = CallbackSecrets.hash(report.secret());
        return Actors.callAs(ACTOR, () -> applyRetrying(hash, report));
    }

    // One transaction per report: its first statement finds the secret's owner, counts the report and binds the
    // tenant. Verification may move the account meanwhile (e.g. a Delete right after the Create that registered it):
    // the transaction then rolls back whole, its row included, and is applied again to the fresh account.
    private StackReportOutcome applyRetrying(String hash, StackReport report) {
        for (int attempt = 1;; attempt++) {
            AtomicReference<StackReportDAO.SecretOwner> counted = new AtomicReference<>();
            try {
                return scoped.call(DatabaseScope.NONE, () -> {
                    StackReportDAO.Begun begun = begin(hash);
                    counted.set(begun.owner());
                    return CurrentScope.callAs(DatabaseScope.tenantSystem(begun.owner().tenantId()),
                            () -> apply(begun, report));
                });
            }
            catch (ConcurrentChangeException e) {
                if (attempt == ATTEMPTS) {
                    countAgain(counted.get());
                    throw e;
                }
            }
            catch (RuntimeException e) {
                countAgain(counted.get());
                throw e;
            }
        }
    }

    // whose secret, counted in this minute's window; the transaction then acts for the owner's tenant
    private StackReportDAO.Begun begin(String hash) {
        StackReportDAO.Begun begun = reportDAO.begin(hash, settings.callbackRateLimit(TemplateKind.ACCOUNT),
                settings.callbackRateLimit(TemplateKind.STACKSET), REPORT_SCOPE_ROLE)
            .orElseThrow(() -> new StackReportRefusedException(true, "This callback secret is not one Payerlink handed"
                    + " out (or its account was deleted): create the stack from the account's quick-create link in"
                    + " Payerlink, or paste the role ARN in Payerlink's step 6."));
        if (begun.secondsToWait() > 0) {
            throw new StackReportThrottledException(begun.secondsToWait(),
                    settings.callbackRateLimit(begun.owner().kind()));
        }
        return begun;
    }

    // a refused or failed report rolled its count back with it, yet counts against its secret all the same
    private void countAgain(StackReportDAO.@Nullable SecretOwner owner) {
        if (owner != null) {
            scoped.run(DatabaseScope.NONE, () -> rateWindows.secondsToWait(owner.accountId(),
                    settings.callbackRateLimit(owner.kind())));
        }
    }

    private StackReportOutcome apply(StackReportDAO.Begun begun, StackReport report) {
        StackReportDAO.SecretOwner owner = begun.owner();
        CustomerAccountRecord owning = accountDAO.find(owner.tenantId(), owner.accountId())
            .orElseThrow(() -> new StackReportRefusedException(true, "The account of this callback secret was deleted"
                    + " in Payerlink."));
        if (!owning.getExternalId().value().equals(owner.externalId())) {
            throw new StackReportRefusedException(false, "This callback secret belongs to an earlier connection of"
                    + " account " + owning.getAccountId().value() + " (its ExternalId changed since): update the stack"
                    + " with the account's current quick-create link or template.");
        }
        Partition partition = InvalidInputException.inField("partition", () -> Partition.parse(report.partition()));
        AccountId accountId = InvalidInputException.inField("accountId", () -> AccountId.parse(report.accountId()));
        if (partition != owning.getPartition()) {
            throw new StackReportRefusedException(false, "This callback secret belongs to an account in "
                    + owning.getPartition().label() + ", but the stack runs in " + partition.label()
                    + ": create the stack in the account's own partition.");
        }
        CustomerAccountRecord target = owner.kind() == TemplateKind.ACCOUNT ? ownAccount(owning, accountId)
                : effects.member(owning, accountId, report);
        // the request's row first: a replay racing the first delivery waits for it here, then finds it
        if (!reportDAO.record(owner.tenantId(), target.getId(), report, "applying")) {
            String earlier = reportDAO.earlierOutcome(target.getId(), report.requestId(), report.requestType())
                .orElse("");
            return new StackReportOutcome(target.getId(), target.getState(),
                    "Received before, nothing changed: " + earlier, true);
        }
        StackReportOutcome outcome = report.isDelete() ? effects.deleted(target, report)
                : effects.reported(target, report, begun.registerOnStackReport());
        reportDAO.recordOutcome(target.getId(), report, outcome.message());
        return outcome;
    }

    private static CustomerAccountRecord ownAccount(CustomerAccountRecord owning, AccountId accountId) {
        if (!accountId.equals(owning.getAccountId())) {
            throw new StackReportRefusedException(false, "This callback secret belongs to AWS account "
                    + owning.getAccountId().value() + ", but the stack runs in " + accountId.value()
                    + ": each account's stack needs that account's own quick-create link or template.");
        }
        return owning;
    }

}
