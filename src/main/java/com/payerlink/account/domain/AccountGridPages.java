package com.payerlink.account.domain;

import com.payerlink.core.StatusLabel;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The accounts grid's rows: a page of the tenant's accounts (a deep one sought from the grid's bookmarks) and the
 * extra columns' badges of its accounts, read in one transaction (one connection, one scope binding) instead of one
 * per column.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountGridPages {

    private final AccountPages pages;

    /** A page's rows and, per extra column (by header), the badges of those of its accounts that have one. */
    public record Page(List<AccountSummary> rows, Map<String, Map<UUID, StatusLabel>> badges) {
    }

    /** The accounts from {@code offset} on, at most {@code limit}, with their badges in these columns. */
    @Transactional(readOnly = true)
    public Page page(AccountQuery query, int offset, int limit, AccountBookmarks bookmarks,
            List<AccountGridColumn> columns) {
        List<AccountSummary> rows = pages.page(CurrentScope.requireRoleInTenant(Roles.READERS), query, offset, limit,
                bookmarks);
        List<UUID> ids = rows.stream().map(AccountSummary::id).toList();
        Map<String, Map<UUID, StatusLabel>> badges = new HashMap<>();
        for (AccountGridColumn column : columns) {
            badges.put(column.header(), ids.isEmpty() ? Map.of() : column.badgesFor(ids));
        }
        return new Page(rows, badges);
    }

}
