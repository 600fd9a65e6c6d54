package com.payerlink.importing.domain;

import java.time.Duration;

/** The import runs as many files as it may at once (for the tenant or the portal node); nothing was read. */
public class ImportBusyException extends RuntimeException {

    private final Duration retryAfter;

    ImportBusyException(Duration retryAfter) {
        super("The import is busy with other files, try again in a minute. Nothing was read or written.");
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

}
