package com.payerlink.dashboard.domain;

import java.time.LocalDate;

/** How many accounts became Ready on one day (UTC). */
public record ReadyDay(LocalDate day, long accounts) {
}
