package com.payerlink.core.ui;

import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBadgeTest {

    @Test
    void each_tone_is_its_own_lumo_badge_variant() {
        assertThat(new StatusBadge("Ready", Tone.SUCCESS).getElement().getAttribute("theme")).isEqualTo("badge success");
        assertThat(new StatusBadge("Failed", Tone.ERROR).getElement().getAttribute("theme")).isEqualTo("badge error");
        assertThat(new StatusBadge("Draft", Tone.NEUTRAL).getElement().getAttribute("theme")).isEqualTo("badge contrast");
        assertThat(new StatusBadge("Soon", Tone.WARNING).getElement().getAttribute("theme")).isEqualTo("badge warning");
        assertThat(new StatusBadge("In progress", Tone.INFO).getElement().getAttribute("theme")).isEqualTo("badge");
    }

    @Test
    void showing_another_status_replaces_label_and_colour() {
        StatusBadge badge = new StatusBadge("Draft", Tone.NEUTRAL);
        badge.show("Ready", Tone.SUCCESS);
        assertThat(badge.getText()).isEqualTo("Ready");
        assertThat(badge.getElement().getAttribute("theme")).isEqualTo("badge success");
    }

    @Test
    void a_status_label_shows_its_label_in_its_tone() {
        StatusBadge badge = new StatusBadge(new StatusLabel("Failed", Tone.ERROR));
        assertThat(badge.getText()).isEqualTo("Failed");
        assertThat(badge.getElement().getAttribute("theme")).isEqualTo("badge error");

        badge.show(new StatusLabel("Queued", Tone.NEUTRAL));
        assertThat(badge.getText()).isEqualTo("Queued");
        assertThat(badge.getElement().getAttribute("theme")).isEqualTo("badge contrast");
    }

}
