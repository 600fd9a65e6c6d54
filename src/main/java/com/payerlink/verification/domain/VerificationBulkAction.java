package com.payerlink.verification.domain;

import com.payerlink.account.domain.AccountBulkAction;
import com.payerlink.account.domain.AccountListService;
import com.payerlink.account.domain.AccountSelection;
import com.payerlink.account.domain.VerificationRequests.VerificationQueued;
import com.payerlink.core.security.Roles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** "Verify" on the accounts grid's selection: queues the registered ones and opens the batch's live progress. */
@Component
@Order(10)
class VerificationBulkAction extends AccountBulkAction {

    private final VerificationService verification;

    private final AccountListService accounts;

    VerificationBulkAction(VerificationService verification, AccountListService accounts) {
        super("Verify", "Check the selected registered connections against AWS", Roles.EDITORS);
        this.verification = verification;
        this.accounts = accounts;
    }

    @Override
    public Outcome run(AccountSelection selection) {
        List<UUID> accountIds = accounts.ids(selection);
        VerificationQueued queued = verification.verify(accountIds);
        return new Outcome(queued.summary(), "verification/" + queued.batchId());
    }

}
