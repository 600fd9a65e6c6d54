package com.payerlink.password.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code payerlink.passwords.*}: how long a "Forgot password" link works, how long an invited user's
 * set-your-password link works, and how many reset links one user may be sent per hour (more requests are
 * answered alike but send nothing).
 */
@ConfigurationProperties("payerlink.passwords")
public record PasswordSettings(@DefaultValue("PT1H") Duration resetLinkValid,
        @DefaultValue("P7D") Duration setPasswordLinkValid, @DefaultValue("3") int resetsPerHour) {
}
