package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.payerlink.db.Tables.CUSTOMER_ACCOUNT;

/**
 * The grid's pages deep in a long list, sought from {@link AccountBookmarks}: page {@code offset} starts after the
 * nearest bookmark before it, skipping fewer than {@link AccountBookmarks#EVERY} accounts, where an offset alone
 * skipped all of them (50,000 index entries for the middle of 100,000 accounts, on every page). Taking the bookmarks
 * is one walk over the sort's index, once per query and grid. Every statement names the tenant; row-level security
 * backs it up.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountPages {

    private static final com.payerlink.db.tables.CustomerAccount CA = CUSTOMER_ACCOUNT;

    private final DSLContext dsl;

    private final AccountDAO accounts;

    List<AccountSummary> page(UUID tenantId, AccountQuery query, int offset, int limit, AccountBookmarks bookmarks) {
        int every = bookmarks.every();
        if (offset < every) {
            return accounts.page(tenantId, query, offset, limit);
        }
        Instant now = Instant.now();
        List<Object[]> keys = bookmarks.of(query, now);
        if (keys == null) {
            keys = take(tenantId, query, every);
            bookmarks.remember(query, keys, now);
        }
        // fewer bookmarks than the offset asks for (accounts removed since the grid counted): the last one
        int nearest = Math.min(offset / every, keys.size());
        if (nearest == 0) {
            return accounts.page(tenantId, query, offset, limit);
        }
        return accounts.page(tenantId, query, after(AccountDAO.sortFields(query), keys.get(nearest - 1)),
                offset - nearest * every, limit);
    }

    /** The sort key of every {@code every}th matching account, in the grid's order: one walk over the sort's index. */
    private List<Object[]> take(UUID tenantId, AccountQuery query, int every) {
        List<SortField<?>> sort = AccountDAO.sortFields(query);
        List<Field<?>> key = new ArrayList<>();
        for (int i = 0; i < sort.size(); i++) {
            key.add(sort.get(i).$field().as("k" + i));
        }
        Field<Integer> position = DSL.rowNumber().over(DSL.orderBy(sort)).as("position");
        Table<?> ranked = DSL.select(key).select(position).from(CA)
            .where(AccountDAO.conditions(tenantId, query)).asTable("ranked");
        Field<Integer> n = ranked.field(position);
        return dsl.select(key.stream().map(ranked::field).toList()).from(ranked)
            .where(n.mod(every).eq(0))
            .orderBy(n)
            .fetch(Record::intoArray);
    }

    /**
     * The accounts after this key in the sort's order: a row comparison where every field sorts the same way (an
     * index range, e.g. {@code (name, id) > (?, ?)}), else field by field (the state sort: by name within a state).
     */
    @SuppressWarnings("unchecked")
    static Condition after(List<SortField<?>> sort, Object[] key) {
        List<Field<?>> fields = sort.stream().<Field<?>>map(SortField::$field).toList();
        List<Field<?>> values = new ArrayList<>();
        for (int i = 0; i < key.length; i++) {
            values.add(DSL.val(key[i], (Field<Object>) fields.get(i)));
        }
        if (sort.stream().map(SortField::$sortOrder).distinct().count() == 1) {
            return descending(sort.get(0)) ? DSL.row(fields).lt(DSL.row(values)) : DSL.row(fields).gt(DSL.row(values));
        }
        Condition after = DSL.falseCondition();
        for (int i = fields.size() - 1; i >= 0; i--) {
            Field<Object> field = (Field<Object>) fields.get(i);
            Field<Object> value = (Field<Object>) values.get(i);
            after = (descending(sort.get(i)) ? field.lt(value) : field.gt(value)).or(field.eq(value).and(after));
        }
        return after;
    }

    private static boolean descending(SortField<?> field) {
        return field.$sortOrder() == SortOrder.DESC;
    }

}
