package com.payerlink.health.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.account.domain.AccountHealth;
import com.payerlink.account.domain.AccountHealthService;
import com.payerlink.core.StatusLabel;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The accounts grid's "Health" column: Degraded, or Healthy once a check after go-live passed; else empty. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HealthColumn implements AccountGridColumn {

    private final AccountHealthService health;

    @Override
    public String header() {
        return "Health";
    }

    @Override
    public Map<UUID, StatusLabel> badgesFor(Collection<UUID> accountIds) {
        Map<UUID, StatusLabel> badges = new HashMap<>();
        health.healthOf(accountIds).forEach((id, h) -> {
            if (h.health() == AccountHealth.DEGRADED || h.checkedAt() != null) {
                badges.put(id, h.health().statusLabel());
            }
        });
        return badges;
    }

}
