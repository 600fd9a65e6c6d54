package com.payerlink.verification.domain;

import com.payerlink.account.domain.AccountBulkAction;
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

    VerificationBulkAction(VerificationService verification) {
        super("Verify", "Check the selected registered connections against AWS", Roles.EDITORS);
        this.verification = verification;
    }

    @Override
    public Outcome run(List<UUID> accountIds) {
        VerificationQueued queued = verification.verify(accountIds);
        return new Outcome(queued.summary(), "verification/" + queued.batchId());
    }

}
