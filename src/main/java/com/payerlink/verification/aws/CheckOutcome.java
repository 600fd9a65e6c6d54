package com.payerlink.verification.aws;

/** How one check of a verification came out. */
public enum CheckOutcome {

    PASS, FAIL, WARN, SKIPPED;

}
