package com.payerlink.verification.domain;

/** Where one account's verification run is. */
public enum RunStatus {

    QUEUED("Queued"), RUNNING("Running"), PASSED("Passed"), FAILED("Failed");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == PASSED || this == FAILED;
    }

}
