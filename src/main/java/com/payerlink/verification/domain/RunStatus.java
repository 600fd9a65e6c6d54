package com.payerlink.verification.domain;

import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.RequiredArgsConstructor;

/** Where one account's verification run is. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum RunStatus {

    QUEUED("Queued"), RUNNING("Running"), PASSED("Passed"), FAILED("Failed");

    private final String label;

    public boolean isFinished() {
        return this == PASSED || this == FAILED;
    }

}
