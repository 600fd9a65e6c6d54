package com.payerlink.verification.domain;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.verification.aws.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks another feature adds to an account's verification, so verification need not know that feature (e.g. a limited
 * customer's extraction from the MSP's payer). Implementations are Spring beans; they may call AWS, never inside a
 * transaction.
 */
public interface VerificationContribution {

    /** What this feature adds for the account as it is stored; empty when nothing. */
    Optional<Contributed> checksOf(CustomerAccount account);

    /**
     * Added checks.
     *
     * @param replacesCostReport the added checks stand in for the account's own Cost and Usage Report checks (its rows
     *                           come from elsewhere), which are then left out
     */
    record Contributed(List<Check> checks, boolean replacesCostReport) {
    }

    /** The account's own checks with every contribution applied. */
    static List<Check> applied(List<Check> own, CustomerAccount account, Iterable<VerificationContribution> contributions) {
        List<Check> checks = new ArrayList<>(own);
        for (VerificationContribution c : contributions) {
            c.checksOf(account).ifPresent(added -> {
                if (added.replacesCostReport()) {
                    checks.removeIf(check -> check.code().area().equals("Cost and Usage Report"));
                }
                checks.addAll(added.checks());
            });
        }
        return checks;
    }

}
