package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurReportNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"payerlink-hourly", "a", "Report_2024.v1", "it's!(*)-_.", "ABCxyz0123456789"})
    void accepts_names_of_allowed_characters(String name) {
        assertThat(CurReportName.parse(name).value()).isEqualTo(name);
        assertThat(CurReportName.parse(" " + name + " ")).hasToString(name);
    }

    @Test
    void accepts_256_characters_and_refuses_257() {
        assertThat(CurReportName.parse("r".repeat(256)).value()).hasSize(256);
        assertThatThrownBy(() -> CurReportName.parse("r".repeat(257)))
                .hasMessageContaining("257 characters; the maximum is 256");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my report      | contains a space at position 3",
            "cost/usage     | contains '/' at position 5",
            "hourly#1       | contains '#' at position 7",
            "kosten-übersicht | contains 'ü' at position 8",
            "a,b            | contains ',' at position 2",
    })
    void names_the_first_character_that_is_not_allowed(String name, String explanation) {
        assertThatThrownBy(() -> CurReportName.parse(name))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(explanation)
                .hasMessageContaining("letters A-Z and a-z, digits 0-9 and the characters ! - _ . * ' ( )");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refuses_an_empty_name(String raw) {
        assertThatThrownBy(() -> CurReportName.parse(raw)).hasMessageContaining("Report name is empty");
    }
}
