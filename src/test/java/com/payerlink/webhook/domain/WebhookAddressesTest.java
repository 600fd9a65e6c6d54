package com.payerlink.webhook.domain;

import com.payerlink.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SSRF: a tenant's webhook URL never reaches the portal's own network unless the setting allows it. */
class WebhookAddressesTest {

    // DNS as the tests define it: no lookup leaves the machine
    private static InetAddress[] dns(String host) throws UnknownHostException {
        return switch (host) {
            case "hooks.example.com" -> new InetAddress[] {InetAddress.getByName("93.184.215.14")};
            case "localhost" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            case "metadata.example.com" -> new InetAddress[] {InetAddress.getByName("169.254.169.254")};
            case "split.example.com" -> new InetAddress[] {InetAddress.getByName("93.184.215.14"),
                InetAddress.getByName("10.1.2.3")};
            default -> {
                if (host.matches("[0-9.]+|.*:.*")) {
                    yield new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
        };
    }

    private final WebhookAddresses refusing = new WebhookAddresses(false, WebhookAddressesTest::dns);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "https://10.0.0.1/hook",
        "https://172.16.5.4/hook", "https://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data/",
        "http://metadata.example.com/", "http://[::1]/hook", "http://[fd00::1]/hook", "http://[fe80::1]/hook",
        "http://[::ffff:127.0.0.1]/hook", "http://[64:ff9b::a00:1]/hook", "http://100.64.0.1/hook",
        "http://0.0.0.0/hook", "http://224.0.0.1/hook", "https://split.example.com/hook"})
    void internal_addresses_are_refused_by_default(String url) {
        assertThatThrownBy(() -> refusing.require(url))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("webhooks go only to public addresses")
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("url"));
    }

    @Test
    void public_addresses_are_allowed() {
        assertThat(refusing.require("https://hooks.example.com/payerlink").getHost()).isEqualTo("hooks.example.com");
        assertThat(refusing.require("https://93.184.215.14:8443/hook").getPort()).isEqualTo(8443);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.com/x", "file:///etc/passwd", "hooks.example.com/x",
        "https://user:secret@hooks.example.com/x", "https:///nohost", "not a url"})
    void other_schemes_user_info_and_non_urls_are_refused_with_how_to_give_one(String url) {
        assertThatThrownBy(() -> refusing.require(url)).isInstanceOf(InvalidInputException.class)
            .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("https://", "user name"));
    }

    @Test
    void an_unknown_host_is_refused_with_what_to_check() {
        assertThatThrownBy(() -> refusing.require("https://nowhere.invalid/hook"))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no address in DNS");
    }

    @Test
    void the_setting_allows_internal_addresses_for_tests_and_closed_networks() {
        WebhookAddresses allowing = new WebhookAddresses(true, WebhookAddressesTest::dns);

        assertThat(allowing.require("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
    }

}
