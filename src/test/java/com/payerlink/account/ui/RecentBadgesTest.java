package com.payerlink.account.ui;

import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.core.Shown;
import com.payerlink.core.Status;
import com.payerlink.core.StatusLabel;
import com.payerlink.core.Tone;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The accounts grid's badge cache stays bounded however far a user scrolls (issue 18, item 1). */
class RecentBadgesTest {

    private enum InvitationStatus implements Status {
        @Shown(label = "Pending", tone = Tone.INFO) PENDING
    }

    private static final AccountGridColumn INVITATION = new AccountGridColumn() {

        @Override
        public String header() {
            return "Invitation";
        }

        @Override
        public Map<UUID, InvitationStatus> statusesOf(Collection<UUID> accountIds) {
            Map<UUID, InvitationStatus> statuses = new HashMap<>();
            accountIds.forEach(id -> statuses.put(id, InvitationStatus.PENDING));
            return statuses;
        }

    };

    @Test
    void scrolling_through_100_000_accounts_keeps_only_the_most_recent_badges() {
        RecentBadges badges = new RecentBadges();
        List<UUID> lastPage = List.of();
        for (int page = 0; page < 2_000; page++) {
            lastPage = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                lastPage.add(UUID.randomUUID());
            }
            badges.remember(INVITATION, lastPage, INVITATION.badgesFor(lastPage));
        }

        assertThat(badges.size(INVITATION)).isEqualTo(RecentBadges.MAX_ACCOUNTS);
        assertThat(badges.of(INVITATION, lastPage.get(0))).isEqualTo(new StatusLabel("Pending", Tone.INFO));
    }

    @Test
    void an_account_whose_badge_went_away_shows_none() {
        RecentBadges badges = new RecentBadges();
        UUID account = UUID.randomUUID();
        badges.remember(INVITATION, List.of(account), INVITATION.badgesFor(List.of(account)));

        badges.remember(INVITATION, List.of(account), Map.of());

        assertThat(badges.of(INVITATION, account)).isNull();
    }

}
