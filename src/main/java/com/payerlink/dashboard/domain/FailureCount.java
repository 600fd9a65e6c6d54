package com.payerlink.dashboard.domain;

/** How many accounts failed verification on one check (an account with two failed checks counts for both). */
public record FailureCount(String code, long accounts) {
}
