package com.payerlink.account.domain;

import java.util.UUID;

/** No such account in the caller's tenant; said the same way whether it exists elsewhere or not at all. */
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(UUID id) {
        super("Account not found. It may have been removed, or the link is wrong.");
    }

}
