package com.payerlink.account.domain;

import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where one grid's deep pages start: the sort key of every {@value #EVERY}th account in one query's order, so that a
 * page deep in the list is sought from the nearest bookmark before it ("after this key, skip a few, take 50") instead
 * of skipping every account before it ({@link AccountGridPages}).
 * <p>
 * One per grid, never shared. They belong to one query (filters and sort): another query takes its own. The grid
 * forgets them whenever it reads its accounts again (a filter, sort or data change of its own), and they are taken
 * again when older than {@link #FRESH}, so accounts that others add or remove meanwhile move a deep page's start by
 * no more than they would move an offset's between two fetches. Not kept across a session's serialization.
 */
public final class AccountBookmarks implements Serializable {

    /** How many accounts lie between two bookmarks: the most a deep page skips. */
    static final int EVERY = 1_000;

    /** How long bookmarks are used before they are taken again. */
    static final Duration FRESH = Duration.ofSeconds(30);

    private final int every;

    private final Duration fresh;

    private transient @Nullable AccountQuery query;

    private transient @Nullable List<Object[]> keys;

    private transient @Nullable Instant takenAt;

    public AccountBookmarks() {
        this(EVERY, FRESH);
    }

    AccountBookmarks(int every, Duration fresh) {
        this.every = every;
        this.fresh = fresh;
    }

    /** Forgets the bookmarks (the accounts or the query changed): the next deep page takes them again. */
    public void forget() {
        query = null;
        keys = null;
        takenAt = null;
    }

    int every() {
        return every;
    }

    /**
     * The bookmarks of this query taken less than {@link #FRESH} ago, or null: the key of the account at position
     * {@code (i + 1) * every - 1} (0-based) is element {@code i}, its sort fields' values then its id.
     */
    @Nullable List<Object[]> of(AccountQuery q, Instant now) {
        if (!q.equals(query) || keys == null || takenAt == null || now.isAfter(takenAt.plus(fresh))) {
            return null;
        }
        return keys;
    }

    void remember(AccountQuery q, List<Object[]> taken, Instant now) {
        query = q;
        keys = List.copyOf(taken);
        takenAt = now;
    }

}
