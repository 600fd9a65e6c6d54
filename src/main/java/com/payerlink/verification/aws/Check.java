package com.payerlink.verification.aws;

/**
 * One check of a verification: a code, how it came out, a plain message saying what was found,
 * and the fix (empty when there is nothing to fix).
 */
public record Check(CheckCode code, CheckOutcome outcome, String message, String fix) {

    public static Check pass(CheckCode code, String message) {
        return new Check(code, CheckOutcome.PASS, message, "");
    }

    public static Check warn(CheckCode code, String message, String fix) {
        return new Check(code, CheckOutcome.WARN, message, fix);
    }

    public static Check fail(CheckCode code, String message, String fix) {
        return new Check(code, CheckOutcome.FAIL, message, fix);
    }

    public static Check skipped(CheckCode code, String reason) {
        return new Check(code, CheckOutcome.SKIPPED, reason, "");
    }

    public boolean failed() {
        return outcome == CheckOutcome.FAIL;
    }

}
