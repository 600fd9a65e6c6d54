package com.payerlink.health.domain;

import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.account.domain.AccountHealth;
import com.payerlink.account.domain.AccountHealthService;
import com.payerlink.account.domain.HealthStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The accounts grid's "Health" column: Degraded, or Healthy once a check after go-live passed; else empty. */
@Configuration(proxyBeanMethods = false)
class HealthColumn {

    @Bean
    AccountGridColumn healthGridColumn(AccountHealthService health) {
        return AccountGridColumn.of("Health", accountIds -> health.healthOf(accountIds).entrySet().stream()
            .filter(e -> e.getValue().health() == AccountHealth.DEGRADED || e.getValue().checkedAt() != null)
            .collect(Collectors.toMap(Map.Entry<UUID, HealthStatus>::getKey, e -> e.getValue().health())));
    }

}
