package com.payerlink.core.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many sign-in attempts are checked before a pause. Every attempt counts, before its password is checked, for
 * its (e-mail address, client address) pair, for its client address and for its e-mail address; unknown e-mail
 * addresses count like real ones. A count over its limit within the window pauses that count; each further pause
 * of the same count lasts twice as long, up to the longest pause.
 *
 * @param perAccountAndAddress attempts of one client address for one e-mail address
 * @param perAddress           attempts of one client address, over all e-mail addresses (password spraying)
 * @param perAccount           attempts for one e-mail address from all client addresses: a generous ceiling, so
 *                             that guessing from a few addresses cannot lock the real user out
 * @param window               how long attempts are counted
 * @param firstPause           the first pause of a count; the next ones double
 * @param longestPause         no pause is longer
 */
@ConfigurationProperties("payerlink.sign-in")
public record SignInLimits(@DefaultValue("5") int perAccountAndAddress, @DefaultValue("50") int perAddress,
        @DefaultValue("100") int perAccount, @DefaultValue("PT15M") Duration window,
        @DefaultValue("PT1M") Duration firstPause, @DefaultValue("PT1H") Duration longestPause) {
}
