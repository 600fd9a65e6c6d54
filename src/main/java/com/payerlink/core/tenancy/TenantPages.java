package com.payerlink.core.tenancy;

import com.payerlink.core.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The one way a service hands out a list that is read a page at a time ({@link TenantRows}): every page and every
 * count checks the caller's role and tenant, then reads in a read-only transaction (the caller's, if it has one), so
 * that a page and its count can never differ in who may read them.
 */
@Component
public class TenantPages {

    /** One page of the tenant's rows. */
    @FunctionalInterface
    public interface PageQuery<T> {

        List<T> page(UUID tenantId, int offset, int limit);

    }

    /** How many rows the tenant has. */
    @FunctionalInterface
    public interface CountQuery {

        int count(UUID tenantId);

    }

    private final TransactionTemplate readOnly;

    TenantPages(PlatformTransactionManager transactionManager) {
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The list whose pages and count {@code page} and {@code count} read, for callers with one of {@code roles}. */
    public <T> TenantRows<T> of(Collection<Role> roles, PageQuery<T> page, CountQuery count) {
        return new TenantRows<>() {

            @Override
            public List<T> page(int offset, int limit) {
                return readOnly.execute(status -> page.page(CurrentScope.requireRoleInTenant(roles), offset, limit));
            }

            @Override
            public int count() {
                Integer n = readOnly.execute(status -> count.count(CurrentScope.requireRoleInTenant(roles)));
                return n == null ? 0 : n;
            }

        };
    }

}
