package com.payerlink.verification.domain;

import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/** Verification starts on its own once an org admin has registered a connection (after that commits). */
@Component
class RegistrationListener {

    private static final Logger log = LoggerFactory.getLogger(RegistrationListener.class);

    private final VerificationService verificationService;

    private final TransactionTemplate newTransaction;

    private final boolean enabled;

    RegistrationListener(VerificationService verificationService, PlatformTransactionManager transactions,
            @Value("${payerlink.verification.verify-on-registration:true}") boolean enabled) {
        this.verificationService = verificationService;
        this.enabled = enabled;
        // the registering transaction has committed: this work needs a transaction of its own
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ConnectionRegistered event) {
        if (!enabled) {
            return;
        }
        try {
            CurrentScope.runAs(DatabaseScope.tenantSystem(event.tenantId()),
                    () -> newTransaction.executeWithoutResult(s -> verificationService.verifyRegistered(event.accountId())));
        }
        catch (RuntimeException e) {
            // the registration stands; the account waits in AWAITING_VERIFICATION for "Verify"
            log.warn("Could not queue the verification of {} after its registration", event.accountId(), e);
        }
    }

}
