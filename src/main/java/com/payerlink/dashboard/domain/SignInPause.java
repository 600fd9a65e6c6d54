package com.payerlink.dashboard.domain;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * A user's sign-in count from every address (README "Failed sign-ins"): attempts counted in the current window, and
 * the end of its pause while one runs. Pauses of one client address for the user are not shown: the throttle keeps
 * only hashes of addresses, so they cannot be told apart, by design.
 */
public record SignInPause(int attempts, @Nullable OffsetDateTime pausedUntil) {
}
