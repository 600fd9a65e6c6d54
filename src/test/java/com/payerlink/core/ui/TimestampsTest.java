package com.payerlink.core.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    @Test
    void an_age_is_relative_for_a_day_and_a_date_after() {
        Instant now = Instant.parse("2025-06-01T12:00:00Z");
        assertThat(Timestamps.age(OffsetDateTime.parse("2025-06-01T11:59:30Z"), now, ZoneOffset.UTC)).isEqualTo("just now");
        assertThat(Timestamps.age(OffsetDateTime.parse("2025-06-01T11:55:00Z"), now, ZoneOffset.UTC)).isEqualTo("5 min ago");
        assertThat(Timestamps.age(OffsetDateTime.parse("2025-06-01T09:00:00Z"), now, ZoneOffset.UTC)).isEqualTo("3 h ago");
        assertThat(Timestamps.age(OffsetDateTime.parse("2025-05-30T08:05:00Z"), now, ZoneOffset.ofHours(2)))
            .isEqualTo("2025-05-30 10:05");
    }

    @Test
    void a_queue_age_counts_minutes_then_hours_then_days() {
        Instant now = Instant.parse("2025-06-01T12:00:00Z");
        assertThat(Timestamps.elapsed(OffsetDateTime.parse("2025-06-01T11:48:00Z"), now)).isEqualTo("12 min");
        assertThat(Timestamps.elapsed(OffsetDateTime.parse("2025-05-31T07:00:00Z"), now)).isEqualTo("29 h");
        assertThat(Timestamps.elapsed(OffsetDateTime.parse("2025-05-28T12:00:00Z"), now)).isEqualTo("4 d");
    }

    @Test
    void a_time_is_shown_in_the_zone_given_not_in_its_own_offset() {
        OffsetDateTime stored = OffsetDateTime.parse("2025-01-15T23:30:00Z");
        assertThat(Timestamps.dateTime(stored, ZoneId.of("Europe/Zurich"))).isEqualTo("2025-01-16 00:30");
        assertThat(Timestamps.dateTime(stored, ZoneId.of("America/New_York"))).isEqualTo("2025-01-15 18:30");
        assertThat(Timestamps.dateTime(null, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void a_page_opened_after_the_browser_told_its_zone_is_drawn_in_it_at_once() {
        MockVaadin.setup();
        try {
            assertThat(Timestamps.zone()).isEqualTo(ZoneId.systemDefault());
            // the sign-in page (an earlier tab of the session) learnt the zone; this tab has not been told yet
            Timestamps.remember(UI.getCurrent(), ZoneId.of("Pacific/Auckland"));
            assertThat(Timestamps.zone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
            assertThat(Timestamps.dateTime(OffsetDateTime.parse("2025-01-15T23:30:00Z"))).isEqualTo("2025-01-16 12:30");
        }
        finally {
            MockVaadin.tearDown();
        }
    }

}
