package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuickCreateLinkTest {

    private static final String TEMPLATE = "https://payerlink-templates.s3.amazonaws.com/t/012345678901.yaml?v=1&x=a%20b";
    private static final ExternalId EXTERNAL_ID = ExternalId.parse("k3j5h7g9f2d4s6a8q1w3e5r7t9y2u4i6");

    @ParameterizedTest
    @CsvSource({
            "AWS,    https://console.aws.amazon.com/cloudformation/home?region=us-east-1",
            "AWS_CN, https://console.amazonaws.cn/cloudformation/home?region=cn-northwest-1",
    })
    void opens_quick_create_in_the_partitions_console_and_home_region(Partition partition, String start) {
        URI link = QuickCreateLink.of(partition, "https://example.com/t.yaml", "Payerlink-012345678901", EXTERNAL_ID);
        assertThat(link.toString()).startsWith(start + "#/stacks/quickcreate?");
        assertThat(link.getScheme()).isEqualTo("https");
        assertThat(link.getHost()).isEqualTo(partition.consoleHost());
        assertThat(link.getRawQuery()).isEqualTo("region=" + partition.homeRegion());
    }

    @Test
    void fills_in_template_url_stack_name_and_external_id_encoded() {
        URI link = QuickCreateLink.of(Partition.AWS, TEMPLATE, "Payerlink-012345678901", EXTERNAL_ID);
        Map<String, String> params = fragmentParameters(link);
        assertThat(params).containsOnlyKeys("templateURL", "stackName", "param_ExternalId");
        assertThat(params.get("templateURL")).isEqualTo(TEMPLATE);
        assertThat(params.get("stackName")).isEqualTo("Payerlink-012345678901");
        assertThat(params.get("param_ExternalId")).isEqualTo(EXTERNAL_ID.value());
        // the template URL's own ? & = and % must not leak into the console's parameters
        assertThat(link.getRawFragment()).contains("templateURL=https%3A%2F%2Fpayerlink-templates")
                .contains("%3Fv%3D1%26x%3Da%2520b");
    }

    @Test
    void encodes_external_ids_with_aws_special_characters() {
        ExternalId id = ExternalId.parse("a+b=c,d.e@f:g/h-i_j");
        URI link = QuickCreateLink.of(Partition.AWS, "https://example.com/t.yaml", "Payerlink-1", id);
        assertThat(fragmentParameters(link).get("param_ExternalId")).isEqualTo(id.value());
    }

    @Test
    void suggests_a_stack_name_per_account() {
        String name = QuickCreateLink.stackNameFor(AccountId.parse("012345678901"));
        assertThat(name).isEqualTo("Payerlink-012345678901");
        assertThat(QuickCreateLink.parseStackName(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1Payerlink          | starts with '1'",
            "-Payerlink          | starts with '-'",
            "Payerlink_Acme      | contains '_'",
            "Payerlink Acme      | contains a space",
            "Pay€rlink           | contains '€'",
            "''                  | Stack name is empty",
    })
    void refuses_stack_names_cloudformation_refuses(String name, String explanation) {
        assertThatThrownBy(() -> QuickCreateLink.of(Partition.AWS, "https://example.com/t.yaml", name, EXTERNAL_ID))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(explanation);
    }

    @Test
    void stack_names_have_at_most_128_characters() {
        assertThat(QuickCreateLink.parseStackName("P" + "a".repeat(127))).hasSize(128);
        assertThatThrownBy(() -> QuickCreateLink.parseStackName("P" + "a".repeat(128)))
                .hasMessageContaining("at most 128");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://example.com/t.yaml", "s3://bucket/t.yaml", "not a url"})
    void refuses_a_template_url_cloudformation_cannot_download(String url) {
        assertThatThrownBy(() -> QuickCreateLink.of(Partition.AWS, url, "Payerlink-1", EXTERNAL_ID))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Template URL");
    }

    private static Map<String, String> fragmentParameters(URI link) {
        String fragment = link.getRawFragment();
        assertThat(fragment).startsWith("/stacks/quickcreate?");
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : fragment.substring(fragment.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }
}
