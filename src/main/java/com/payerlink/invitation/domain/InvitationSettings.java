package com.payerlink.invitation.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** {@code payerlink.invitations.ttl}: how long an invitation link works (default 14 days). */
@ConfigurationProperties("payerlink.invitations")
public record InvitationSettings(@DefaultValue("P14D") Duration ttl) {
}
