package com.payerlink.payer.domain;

import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.verification.aws.Check;
import com.payerlink.verification.aws.LimitedExtraction;
import com.payerlink.verification.domain.VerificationContribution;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Verification of a limited customer's account: its rows come from the MSP's payer, so instead of the account's own
 * report, the payer's export is checked (exists, hourly, resource IDs, Parquet, exactly the agreed accounts).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LimitedExtractionChecks implements VerificationContribution {

    private final LimitedExtractionService limited;

    private final LimitedExtraction extraction;

    @Override
    public Optional<Contributed> checksOf(CustomerAccount account) {
        if (account.method() != ConnectionMethod.MSP_LIMITED) {
            return Optional.empty();
        }
        return limited.setupOf(account.id()).map(setup -> new Contributed(checks(setup), true));
    }

    private List<Check> checks(LimitedSetup setup) {
        if (setup.payer() == null || setup.definition() == null) {
            return List.of(LimitedExtraction.noAgreedAccounts(setup.problem()));
        }
        if (setup.customer().exportArn() == null) {
            return List.of(LimitedExtraction.notCreated(setup.payer().accountId().value()));
        }
        return extraction.check(limited.payerConnection(setup.payer()), setup.customer().exportArn(),
                setup.definition());
    }

}
