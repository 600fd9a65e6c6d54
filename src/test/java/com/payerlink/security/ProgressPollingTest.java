package com.payerlink.security;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.payerlink.core.ui.KaribuTest;
import com.payerlink.core.ui.ViewBackgroundWork;
import com.vaadin.flow.shared.Registration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threat: a bad day. One failed read of a batch's progress (the database restarting, a pool timeout) must not
 * freeze the verification batch view for good: the poller skips that round and reads again.
 */
class ProgressPollingTest extends KaribuTest {

    @Autowired
    ViewBackgroundWork background;

    @Test
    void the_progress_poller_survives_a_failed_read_and_goes_on() throws InterruptedException {
        login(adminEmail(newTenant()));
        List<Integer> shown = new ArrayList<>();
        int[] reads = { 0 };

        Registration polling = background.poll(Duration.ofMillis(50), () -> {
            if (++reads[0] == 2) {
                throw new IllegalStateException("Connection is not available, request timed out");
            }
            return reads[0];
        }, n -> {
            shown.add(n);
            return n < 4;
        });
        for (int i = 0; i < 100 && shown.size() < 3; i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        polling.remove();

        assertThat(shown).containsExactly(1, 3, 4);
    }

}
