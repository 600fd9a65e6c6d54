package com.payerlink.core.tenancy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Work in another scope than the caller's, e.g. an after-commit listener acting for one tenant or the
 * public invitation page. Connections are bound to the scope when taken, so the work always gets a
 * new transaction (and connection) opened inside the scope, never the caller's.
 */
@Component
public class ScopedTransactions {

    private final TransactionTemplate requiresNew;

    ScopedTransactions(PlatformTransactionManager transactionManager) {
        this.requiresNew = new TransactionTemplate(transactionManager);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the work in its own transaction, on a connection bound to the given scope. */
    public <T> T call(DatabaseScope scope, Supplier<T> work) {
        return CurrentScope.callAs(scope, () -> requiresNew.execute(status -> work.get()));
    }

    public void run(DatabaseScope scope, Runnable work) {
        call(scope, () -> {
            work.run();
            return null;
        });
    }

}
