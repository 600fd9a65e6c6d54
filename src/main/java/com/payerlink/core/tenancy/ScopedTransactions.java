package com.payerlink.core.tenancy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
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

    /**
     * Runs the work for the tenant: in the caller's transaction when the caller acts for that tenant, so that it
     * stands or falls with the caller's change; else (e.g. an event of a support agent's change or of a background
     * job) in its own transaction in the tenant's system scope.
     */
    public <T> T inTenant(UUID tenantId, Supplier<T> work) {
        if (tenantId.equals(CurrentScope.get().tenantId())) {
            return work.get();
        }
        return call(DatabaseScope.tenantSystem(tenantId), work);
    }

    public void run(DatabaseScope scope, Runnable work) {
        call(scope, () -> {
            work.run();
            return null;
        });
    }

}
