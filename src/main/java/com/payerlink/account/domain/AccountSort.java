package com.payerlink.account.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grid columns an operator may sort by: a whitelist, so no sort ever reaches SQL as text. STATE sorts in
 * lifecycle order (Draft first, Ready and Disconnected last), not by the states' names.
 */
public enum AccountSort {

    NAME("name"), ACCOUNT_ID("accountId"), PARTITION("partition"), METHOD("method"), STATE("state"),
    STEP("step"), UPDATED("updated"), IN_STATE_SINCE("since");

    private final String key;

    AccountSort(String key) {
        this.key = key;
    }

    /** The grid's sort property for this column. */
    public String key() {
        return key;
    }

    public static Optional<AccountSort> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

}
