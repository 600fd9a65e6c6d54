package com.payerlink.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the REST API.
 *
 * @param rateLimitPerMinute requests one token may make per minute (a fixed window per token and minute,
 *                           counted in PostgreSQL and so shared by every portal node)
 * @param maxRequestSize     the largest request body the API reads; bigger ones are refused with 413
 */
@ConfigurationProperties("payerlink.api")
public record ApiSettings(@DefaultValue("600") int rateLimitPerMinute, @DefaultValue("1MB") DataSize maxRequestSize) {
}
