package com.payerlink.invitation.domain;

import com.payerlink.account.domain.AccountGridColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accounts grid's "Invitation" column: pending, opened, completed, expired or revoked. */
@Configuration(proxyBeanMethods = false)
class InvitationColumn {

    @Bean
    AccountGridColumn invitationGridColumn(InvitationService invitations) {
        return AccountGridColumn.of("Invitation", invitations::statuses);
    }

}
