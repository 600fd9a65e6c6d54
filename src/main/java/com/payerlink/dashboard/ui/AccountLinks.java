package com.payerlink.dashboard.ui;

import com.payerlink.account.domain.AccountState;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links into the accounts grid, filtered, in the grid's URL format:
 * {@code accounts?state=VERIFICATION_FAILED&state=PROCESSING&failure=<CHECK_CODE>&days=<min days in state>}.
 */
final class AccountLinks {

    private AccountLinks() {
    }

    static String inState(AccountState state) {
        return "accounts?state=" + state.name();
    }

    static String failedOn(String checkCode) {
        return inState(AccountState.VERIFICATION_FAILED) + "&failure=" + URLEncoder.encode(checkCode, StandardCharsets.UTF_8);
    }

    static String inStateFor(AccountState state, long minDays) {
        return inState(state) + "&days=" + minDays;
    }

}
