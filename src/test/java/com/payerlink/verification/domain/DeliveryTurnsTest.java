package com.payerlink.verification.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery watcher's order: tenants take turns, so a small tenant never waits behind a big one. */
class DeliveryTurnsTest {

    @Test
    void each_tenant_gets_one_account_per_turn_until_its_accounts_run_out() {
        UUID big = UUID.randomUUID();
        UUID small = UUID.randomUUID();
        UUID middle = UUID.randomUUID();
        List<UUID> b = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> s = List.of(UUID.randomUUID());
        List<UUID> m = List.of(UUID.randomUUID(), UUID.randomUUID());
        Map<UUID, List<UUID>> processing = new LinkedHashMap<>();
        processing.put(big, b);
        processing.put(small, s);
        processing.put(middle, m);

        assertThat(DeliveryWatcher.turns(processing)).containsExactly(Map.entry(big, b.get(0)),
                Map.entry(small, s.get(0)), Map.entry(middle, m.get(0)), Map.entry(big, b.get(1)),
                Map.entry(middle, m.get(1)), Map.entry(big, b.get(2)), Map.entry(big, b.get(3)));
    }

}
