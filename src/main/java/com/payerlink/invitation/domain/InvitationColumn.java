package com.payerlink.invitation.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountGridColumn;
import com.payerlink.core.StatusLabel;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The accounts grid's "Invitation" column: pending, opened, completed, expired or revoked. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationColumn implements AccountGridColumn {

    private final InvitationService invitations;

    @Override
    public String header() {
        return "Invitation";
    }

    @Override
    public Map<UUID, StatusLabel> badgesFor(Collection<UUID> accountIds) {
        Map<UUID, StatusLabel> badges = new HashMap<>();
        invitations.statuses(accountIds).forEach((id, s) -> badges.put(id, s.statusLabel()));
        return badges;
    }

}
