package com.payerlink.account.domain;

/**
 * A stack's report that the portal refuses: an unknown secret (no proof whose report it is), or a secret that belongs
 * to another AWS account, partition or ExternalId than the report names. The message says what to do.
 */
public class StackReportRefusedException extends RuntimeException {

    private final boolean unknownSecret;

    StackReportRefusedException(boolean unknownSecret, String message) {
        super(message);
        this.unknownSecret = unknownSecret;
    }

    /** True when no account has the secret at all (rather than another one than the report names). */
    public boolean unknownSecret() {
        return unknownSecret;
    }

}
