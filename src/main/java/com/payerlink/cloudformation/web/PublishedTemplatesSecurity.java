package com.payerlink.cloudformation.web;

import com.payerlink.core.security.StatelessChains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The published templates are open to all, read-only and stateless, in front of the portal's (Vaadin) chain. */
@Configuration(proxyBeanMethods = false)
class PublishedTemplatesSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain publishedTemplatesFilterChain(HttpSecurity http) throws Exception {
        return StatelessChains.stateless(http.securityMatcher("/cloudformation/**"))
            .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
            .build();
    }

}
