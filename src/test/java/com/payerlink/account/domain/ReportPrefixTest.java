package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPrefixTest {

    @ParameterizedTest
    @CsvSource({
            "reports,          reports,      reports/",
            "reports/cur,      reports/cur,  reports/cur/",
            "reports/cur/,     reports/cur,  reports/cur/",
            "reports//,        reports,      reports/",
            "'  cur  ',        cur,          cur/",
            "'',               '',           ''",
            "'   ',            '',           ''",
    })
    void canonical_prefix_has_no_trailing_slash(String raw, String value, String keyPrefix) {
        ReportPrefix prefix = ReportPrefix.parse(raw);
        assertThat(prefix.value()).isEqualTo(value);
        assertThat(prefix).hasToString(value);
        assertThat(prefix.keyPrefix()).isEqualTo(keyPrefix);
        assertThat(prefix.isEmpty()).isEqualTo(value.isEmpty());
    }

    @Test
    void null_means_no_prefix() {
        assertThat(ReportPrefix.parse(null)).isEqualTo(ReportPrefix.none());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/reports        | remove the leading slash: reports",
            "/               | remove the leading slash (leave the field empty for no prefix)",
            "my reports      | contains a space",
            "reports//cur    | two slashes in a row",
            "reports#1       | contains '#'",
    })
    void explains_what_is_wrong_with_a_prefix(String raw, String explanation) {
        assertThatThrownBy(() -> ReportPrefix.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(explanation);
    }

    @Test
    void allows_256_characters_and_refuses_257() {
        assertThat(ReportPrefix.parse("p".repeat(256)).value()).hasSize(256);
        assertThatThrownBy(() -> ReportPrefix.parse("p".repeat(257)))
                .hasMessageContaining("257 characters; the maximum is 256");
    }
}
