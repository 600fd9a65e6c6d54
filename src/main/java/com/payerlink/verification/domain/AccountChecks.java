package com.payerlink.verification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.CheckCode;
import com.payerlink.verification.aws.ConnectionChecker;
import com.payerlink.verification.aws.ConnectionUnderTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks of verification for one account as it is stored, through its first role: by verification, and by
 * features that check an account again later (health after go-live). A member of a management account's organization
 * has its role checked, and takes its report's checks from the management account's connection.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountChecks {

    /**
     * Codes that say nothing about the customer's side: the platform has no AWS identity, AWS throttled or erred.
     * A check failing only with these proves neither health nor its loss.
     */
    public static final Set<CheckCode> INCONCLUSIVE = Set.of(CheckCode.PLATFORM_CREDENTIALS_MISSING, CheckCode.THROTTLED,
            CheckCode.AWS_ERROR);

    private final ConnectionChecker checker;

    private final ObjectProvider<VerificationContribution> contributions;

    private final ManagementReportChecks managementReports;

    /**
     * Every check of the account's first role with its report (a member's report: its management account's), other
     * features' contributions included, as verification runs them; calls AWS, so never inside a transaction.
     */
    public List<Check> check(CustomerAccount account) {
        return VerificationContribution.applied(ownChecks(account), account, contributions);
    }

    private List<Check> ownChecks(CustomerAccount account) {
        ConnectionUnderTest first = VerificationRunner.connectionOf(account);
        if (account.managementAccountId() == null) {
            return checker.check(first);
        }
        List<Check> checks = new ArrayList<>(checker.checkMemberRole(first));
        if (checks.stream().noneMatch(Check::failed)) {
            checks.addAll(managementReports.of(account, account.managementAccountId()));
        }
        else if (checks.stream().noneMatch(c -> c.code() == CheckCode.BUCKET_FOUND)) {
            String why = "Not checked: the role does not prove that it belongs to this account.";
            checks.add(Check.skipped(CheckCode.BUCKET_FOUND, why));
            checks.add(Check.skipped(CheckCode.CUR_CONFORMS, why));
        }
        return checks;
    }

    /** The connection verification checks for the account: its first role, ExternalId, CUR bucket and prefix. */
    public static ConnectionUnderTest connectionOf(CustomerAccount account) {
        return VerificationRunner.connectionOf(account);
    }

}
