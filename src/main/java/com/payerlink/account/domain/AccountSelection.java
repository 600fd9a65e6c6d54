package com.payerlink.account.domain;

import java.util.List;
import java.util.UUID;

/**
 * Which accounts a bulk action runs on: chosen ones, or every account of the tenant that matches a filter. A filter
 * is resolved on the server when the action runs ({@link AccountListService#ids}), so "all 100,000 matching" never
 * travels through the browser as ids.
 */
public sealed interface AccountSelection {

    /** For messages: "3 selected accounts", "all accounts matching the filter". */
    String describe();

    static AccountSelection of(List<UUID> ids) {
        return new Chosen(ids);
    }

    static AccountSelection matching(AccountQuery query) {
        return new Matching(query);
    }

    /** Accounts chosen one by one; ids of other tenants are ignored. */
    record Chosen(List<UUID> ids) implements AccountSelection {

        public Chosen {
            ids = List.copyOf(ids);
        }

        @Override
        public String describe() {
            return ids.size() == 1 ? "the selected account" : ids.size() + " selected accounts";
        }

    }

    /** Every account of the tenant matching the query's filters when the action runs. */
    record Matching(AccountQuery query) implements AccountSelection {

        @Override
        public String describe() {
            return "all accounts matching the filter";
        }

    }

}
