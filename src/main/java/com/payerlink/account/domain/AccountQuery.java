package com.payerlink.account.domain;

/**
 * What the grid asks for: filters (null = any) and a sort on a whitelisted column.
 *
 * @param search free text matched against the name (contains, any case) and the account ID (prefix)
 */
public record AccountQuery(AccountState state, Integer step, ConnectionMethod method, Partition partition,
        String search, AccountSort sort, boolean descending) {

    public static AccountQuery all() {
        return new AccountQuery(null, null, null, null, null, AccountSort.NAME, false);
    }

    public AccountQuery withState(AccountState s) {
        return new AccountQuery(s, step, method, partition, search, sort, descending);
    }

    public AccountQuery withStep(Integer s) {
        return new AccountQuery(state, s, method, partition, search, sort, descending);
    }

    public AccountQuery withMethod(ConnectionMethod m) {
        return new AccountQuery(state, step, m, partition, search, sort, descending);
    }

    public AccountQuery withPartition(Partition p) {
        return new AccountQuery(state, step, method, p, search, sort, descending);
    }

    public AccountQuery withSearch(String text) {
        return new AccountQuery(state, step, method, partition, text, sort, descending);
    }

    public AccountQuery sortedBy(AccountSort s, boolean desc) {
        return new AccountQuery(state, step, method, partition, search, s == null ? AccountSort.NAME : s, desc);
    }

}
