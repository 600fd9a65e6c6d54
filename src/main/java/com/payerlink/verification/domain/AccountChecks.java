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

import java.util.List;
import java.util.Set;

/**
 * The checks of verification for one account as it is stored, for features that check an account again later
 * (health after go-live): the same {@link ConnectionChecker}, the same connection under test.
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

    /**
     * Every check of the account's connection, as verification runs them (other features' contributions included);
     * calls AWS, so never inside a transaction.
     */
    public List<Check> check(CustomerAccount account) {
        return VerificationContribution.applied(checker.check(VerificationRunner.connectionOf(account)), account,
                contributions);
    }

    /** The connection verification checks for the account: its first role, ExternalId, CUR bucket and prefix. */
    public static ConnectionUnderTest connectionOf(CustomerAccount account) {
        return VerificationRunner.connectionOf(account);
    }

}
