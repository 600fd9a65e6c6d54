package com.payerlink.security;

import com.payerlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Threat: clickjacking (the portal framed by another site), injected scripts loading from elsewhere, and a
 * downgrade to plain HTTP. The policy leaves Vaadin what it needs (its inline bootstrap, styles, the push socket).
 */
@AutoConfigureMockMvc
class SecurityHeadersTest extends IntegrationTest {

    /** Any response: a servlet filter writes the headers (MockMvc has no Vaadin servlet, so not a view here). */
    private static final String PAGE = "/api/v1/openapi";

    @Autowired
    MockMvc mvc;

    @Test
    void every_page_carries_a_content_security_policy_that_forbids_framing() throws Exception {
        mvc.perform(get(PAGE))
            .andExpect(header().string("Content-Security-Policy", allOf(
                    containsString("default-src 'self'"),
                    containsString("frame-ancestors 'none'"),
                    containsString("object-src 'none'"),
                    containsString("base-uri 'self'"))))
            .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void https_requests_get_strict_transport_security_and_plain_http_does_not() throws Exception {
        mvc.perform(get(PAGE).secure(true))
            .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get(PAGE))
            .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

}
