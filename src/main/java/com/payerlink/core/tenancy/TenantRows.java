package com.payerlink.core.tenancy;

import java.util.List;

/**
 * A list of the caller's tenant that is read a page at a time, as a lazy grid or an API page reads it: the rows of one
 * page and how many there are, each read after the same role check (made by {@link TenantPages}).
 *
 * @param <T> a row, e.g. a mail of the outbox
 */
public interface TenantRows<T> {

    /** The rows from {@code offset}, at most {@code limit} of them. */
    List<T> page(int offset, int limit);

    /** How many rows the list has. */
    int count();

}
