package com.payerlink.security;

import com.payerlink.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Threat: a production portal that quietly runs on the shipped placeholders. With the production switch on, the
 * portal refuses to start and names each setting still to set.
 */
class ProductionSwitchTest {

    @Test
    void production_refuses_to_start_on_the_shipped_placeholders_and_names_the_settings() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
            .web(WebApplicationType.NONE)
            .properties("payerlink.production=true", "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                    "spring.flyway.enabled=false", "db-scheduler.enabled=false",
                    "payerlink.database.portal-password=set-by-operations")
            // command-line arguments, so that they win over the tests' stand-ins (config/application.properties)
            .run("--payerlink.cloudformation.platform-account-aws=111122223333",
                    "--payerlink.cloudformation.platform-account-aws-cn=444455556666",
                    "--payerlink.cloudformation.template-url-aws=https://payerlink-public.s3.amazonaws.com/x.yaml",
                    "--payerlink.cloudformation.template-url-aws-cn=https://payerlink-public.s3.cn-northwest-1.amazonaws.com.cn/x.yaml")
            .close())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("payerlink.production is on")
            .hasMessageContaining("payerlink.cloudformation.platform-account-aws (PAYERLINK_PLATFORM_ACCOUNT_AWS)")
            .hasMessageContaining("payerlink.cloudformation.template-url-aws-cn (PAYERLINK_TEMPLATE_URL_AWS_CN)");
    }

}
