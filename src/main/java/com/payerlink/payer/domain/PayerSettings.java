package com.payerlink.payer.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of payers and their members ({@code payerlink.payers.*}).
 *
 * @param syncEnabled  re-read every payer's members on a schedule at all (off: no sync runs on this node)
 * @param syncInterval how often each payer's organization is read again
 */
@ConfigurationProperties("payerlink.payers")
public record PayerSettings(@DefaultValue("true") boolean syncEnabled, @DefaultValue("P1D") Duration syncInterval) {
}
