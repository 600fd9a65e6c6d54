package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.core.StatusLabel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The badges of the accounts grid's extra columns for the accounts fetched most recently: at most {@link #MAX_ACCOUNTS}
 * per column, the oldest forgotten first, so that scrolling through a tenant's many thousands of accounts never grows
 * a session's memory.
 */
final class RecentBadges implements Serializable {

    // far more than the rows a grid shows and keeps around its viewport (a few pages of 50)
    static final int MAX_ACCOUNTS = 1_000;

    private final Map<String, Map<UUID, StatusLabel>> byColumn = new HashMap<>();

    /** Remembers a page's badges of a column; accounts without one are forgotten for it. */
    void remember(AccountGridColumn column, Iterable<UUID> accounts, Map<UUID, StatusLabel> badges) {
        Map<UUID, StatusLabel> recent = byColumn.computeIfAbsent(column.header(), h -> newestOnly());
        for (UUID account : accounts) {
            StatusLabel badge = badges.get(account);
            if (badge == null) {
                recent.remove(account);
            }
            else {
                recent.put(account, badge);
            }
        }
    }

    /** The account's badge in the column, or null when it has none (or was fetched too long ago). */
    StatusLabel of(AccountGridColumn column, UUID account) {
        Map<UUID, StatusLabel> recent = byColumn.get(column.header());
        return recent == null ? null : recent.get(account);
    }

    /** How many accounts' badges are kept for the column. */
    int size(AccountGridColumn column) {
        Map<UUID, StatusLabel> recent = byColumn.get(column.header());
        return recent == null ? 0 : recent.size();
    }

    private static Map<UUID, StatusLabel> newestOnly() {
        return new LinkedHashMap<>(64, 0.75f, true) {

            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, StatusLabel> eldest) {
                return size() > MAX_ACCOUNTS;
            }

        };
    }

}
