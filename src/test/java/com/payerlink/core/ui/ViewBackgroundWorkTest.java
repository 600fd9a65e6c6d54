package com.payerlink.core.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.payerlink.core.security.Role;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.tenant.domain.Tenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ViewBackgroundWorkTest extends KaribuTest {

    @Autowired
    ViewBackgroundWork background;

    @Test
    void work_runs_off_the_request_thread_as_the_viewer_and_its_outcome_reaches_the_ui() {
        Tenant t = newTenant();
        login(adminEmail(t));
        Thread requestThread = Thread.currentThread();
        AtomicReference<String> worker = new AtomicReference<>();
        AtomicReference<DatabaseScope> shown = new AtomicReference<>();
        AtomicReference<UI> shownIn = new AtomicReference<>();

        background.run(() -> {
            worker.set(Thread.currentThread().getName());
            return CurrentScope.get();
        }, scope -> {
            shown.set(scope);
            shownIn.set(UI.getCurrent());
        }, error -> { }).join();
        assertThat(shown.get()).as("shown only with the UI's next roundtrip").isNull();
        MockVaadin.clientRoundtrip();

        assertThat(worker.get()).startsWith("view-work-").isNotEqualTo(requestThread.getName());
        assertThat(shown.get().tenantId()).isEqualTo(t.id());
        assertThat(shown.get().role()).isEqualTo(Role.ORG_ADMIN);
        assertThat(CurrentScope.actor()).isEqualTo(adminEmail(t));
        assertThat(shownIn.get()).isSameAs(UI.getCurrent());
    }

    @Test
    void a_failure_reaches_the_ui_unwrapped() {
        login(adminEmail(newTenant()));
        AtomicReference<Throwable> failure = new AtomicReference<>();

        background.run(() -> {
            throw new IllegalStateException("no such batch");
        }, value -> { }, failure::set).join();
        MockVaadin.clientRoundtrip();

        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessage("no such batch");
    }

    @Test
    void polling_stops_when_the_view_says_so() throws InterruptedException {
        Tenant t = newTenant();
        login(adminEmail(t));
        List<Integer> shown = new ArrayList<>();
        int[] reads = { 0 };

        Registration polling = background.poll(Duration.ofMillis(50), () -> ++reads[0], n -> {
            shown.add(n);
            return n < 3;
        });
        for (int i = 0; i < 100 && shown.size() < 3; i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        Thread.sleep(300);
        MockVaadin.clientRoundtrip();
        polling.remove();

        assertThat(shown).containsExactly(1, 2, 3);
    }

}
