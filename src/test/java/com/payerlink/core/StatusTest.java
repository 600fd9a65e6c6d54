package com.payerlink.core;

import com.payerlink.account.domain.AccountState;
import com.payerlink.importing.domain.ImportRowStatus;
import com.payerlink.invitation.domain.InvitationStatus;
import com.payerlink.notification.domain.OutboxStatus;
import com.payerlink.support.domain.TicketStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusTest {

    enum Unlabelled implements Status {
        @Shown(label = "Fine", tone = Tone.SUCCESS) FINE,
        FORGOTTEN
    }

    @Test
    void a_status_is_shown_with_the_label_and_tone_declared_on_its_constant() {
        assertThat(AccountState.READY.statusLabel()).isEqualTo(new StatusLabel("Ready", Tone.SUCCESS));
        assertThat(InvitationStatus.COMPLETED.label()).isEqualTo("Customer done");
        assertThat(OutboxStatus.FAILED.tone()).isEqualTo(Tone.ERROR);
        assertThat(TicketStatus.WAITING_ON_CUSTOMER.statusLabel())
            .isEqualTo(new StatusLabel("Waiting on customer", Tone.NEUTRAL));
        assertThat(ImportRowStatus.UPDATE.statusLabel()).isEqualTo(new StatusLabel("Update", Tone.INFO));
    }

    @Test
    void every_constant_of_every_status_enum_has_a_label() {
        List<Status> all = Stream.of(AccountState.values(), InvitationStatus.values(), OutboxStatus.values(),
                TicketStatus.values(), ImportRowStatus.values()).flatMap(Stream::of).map(Status.class::cast).toList();
        assertThat(all).allSatisfy(s -> assertThat(s.label()).isNotBlank());
    }

    @Test
    void a_constant_without_a_label_says_how_to_fix_it() {
        assertThatThrownBy(Unlabelled.FINE::statusLabel).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Unlabelled.FORGOTTEN").hasMessageContaining("@Shown");
    }

}
