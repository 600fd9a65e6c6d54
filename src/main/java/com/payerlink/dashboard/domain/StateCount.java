package com.payerlink.dashboard.domain;

import com.payerlink.account.domain.AccountState;

/** How many of the tenant's accounts are in one state: a bar of the onboarding funnel. */
public record StateCount(AccountState state, long accounts) {
}
