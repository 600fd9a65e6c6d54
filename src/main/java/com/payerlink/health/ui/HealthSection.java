package com.payerlink.health.ui;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountHealth;
import com.payerlink.account.domain.AccountHealthService;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.HealthStatus;
import com.payerlink.account.ui.AccountSection;
import com.payerlink.core.ui.StatusBadge;
import com.payerlink.core.ui.Timestamps;
import com.payerlink.core.ui.TitledSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Adds the health after go-live to the page of a READY or PROCESSING account. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HealthSection implements AccountSection {

    private final AccountHealthService health;

    @Override
    public Optional<Component> create(CustomerAccount account) {
        if (!EnumSet.of(AccountState.READY, AccountState.PROCESSING).contains(account.state())) {
            return Optional.empty();
        }
        HealthStatus status = health.healthOf(List.of(account.id())).get(account.id());
        if (status == null) {
            return Optional.empty();
        }
        TitledSection panel = new TitledSection("Health after go-live", "health-panel");
        StatusBadge badge = new StatusBadge(status.health().statusLabel());
        badge.setId("account-health");
        panel.add(badge, new Paragraph(describe(status)));
        return Optional.of(panel);
    }

    static String describe(HealthStatus s) {
        if (s.checkedAt() == null) {
            return "Not checked again yet: the portal re-checks the connection against AWS every day, with the checks"
                    + " of verification.";
        }
        String checked = " Last checked " + Timestamps.dateTime(s.checkedAt()) + ".";
        if (s.health() == AccountHealth.DEGRADED) {
            return "Degraded since " + Timestamps.dateTime(s.changedAt()) + ": these checks failed when the connection"
                    + " was checked again: " + String.join(", ", s.codes()) + ". It stays degraded until they pass"
                    + " again; its history records each change." + checked;
        }
        return "Every check passed when the connection was checked again." + checked;
    }

}
