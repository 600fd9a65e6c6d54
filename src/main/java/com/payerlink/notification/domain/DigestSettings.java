package com.payerlink.notification.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Settings of the org admins' daily digest ({@code payerlink.digest.*}).
 *
 * @param enabled         queue the digest at all (off: no digest task on this node)
 * @param time            when each day it is queued
 * @param zone            the time zone of {@code time}
 * @param linesPerSection the most accounts one section lists (the rest is counted)
 */
@ConfigurationProperties("payerlink.digest")
public record DigestSettings(@DefaultValue("true") boolean enabled, @DefaultValue("07:00") LocalTime time,
        @DefaultValue("UTC") ZoneId zone, @DefaultValue("50") int linesPerSection) {
}
