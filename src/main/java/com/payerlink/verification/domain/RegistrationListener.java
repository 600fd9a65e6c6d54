package com.payerlink.verification.domain;

import com.payerlink.account.domain.ConnectionRegistered;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Verification starts on its own once an org admin has registered a connection (after that commits). */
@Component
class RegistrationListener {

    private static final Logger log = LoggerFactory.getLogger(RegistrationListener.class);

    private final VerificationService verificationService;

    private final ScopedTransactions scoped;

    private final boolean enabled;

    RegistrationListener(VerificationService verificationService, ScopedTransactions scoped,
            VerificationSettings settings) {
        this.verificationService = verificationService;
        this.scoped = scoped;
        this.enabled = settings.verifyOnRegistration();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ConnectionRegistered event) {
        if (!enabled) {
            return;
        }
        try {
            // the registering transaction has committed: this work gets a transaction of its own
            scoped.run(DatabaseScope.tenantSystem(event.tenantId()),
                    () -> verificationService.verifyRegistered(event.accountId()));
        }
        catch (RuntimeException e) {
            // the registration stands; the account waits in AWAITING_VERIFICATION for "Verify"
            log.warn("Could not queue the verification of {} after its registration", event.accountId(), e);
        }
    }

}
