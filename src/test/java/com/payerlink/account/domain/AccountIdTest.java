package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountIdTest {

    @ParameterizedTest
    @CsvSource({
            "012345678901,       012345678901",
            "000000000001,       000000000001",
            "'  123456789012  ', 123456789012",
            "'\uFEFF012345678901\u00A0', 012345678901",
    })
    void keeps_twelve_digits_as_text_including_leading_zeros(String raw, String expected) {
        AccountId id = AccountId.parse(raw);
        assertThat(id.value()).isEqualTo(expected);
        assertThat(id).hasToString(expected);
    }

    @Test
    void leading_zero_survives_a_round_trip() {
        assertThat(AccountId.parse("012345678901")).isEqualTo(AccountId.parse(AccountId.parse("012345678901").value()));
        assertThat(AccountId.parse("012345678901")).isNotEqualTo(AccountId.parse("120345678901"));
    }

    @Test
    void explains_eleven_digits_as_a_dropped_leading_zero() {
        assertThatThrownBy(() -> AccountId.parse("12345678901"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Account ID 12345678901 has 11 digits; AWS account IDs have exactly 12."
                        + " If a spreadsheet dropped a leading zero, use 012345678901.");
    }

    @Test
    void explains_fewer_digits_as_dropped_leading_zeros() {
        assertThatThrownBy(() -> AccountId.parse("1234567890"))
                .hasMessageContaining("has 10 digits")
                .hasMessageContaining("dropped leading zeros, use 001234567890.");
    }

    @Test
    void explains_too_many_digits() {
        assertThatThrownBy(() -> AccountId.parse("1234567890123"))
                .hasMessageContaining("has 13 digits; AWS account IDs have exactly 12")
                .hasMessageContaining("extra or repeated digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.23457E+11", "1,23457E+11", "1.23457e11", "9.87654E+10"})
    void explains_scientific_notation_as_a_spreadsheet_number_that_lost_digits(String raw) {
        assertThatThrownBy(() -> AccountId.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Account ID " + raw)
                .hasMessageContaining("scientific notation")
                .hasMessageContaining("spreadsheet turned the ID into a number")
                .hasMessageContaining("lost digits")
                .hasMessageContaining("re-export");
    }

    @Test
    void explains_a_decimal_part_left_by_a_spreadsheet() {
        assertThatThrownBy(() -> AccountId.parse("12345678901.0"))
                .hasMessageContaining("decimal part")
                .hasMessageContaining("012345678901");
    }

    @ParameterizedTest
    @CsvSource({
            "12345678901a,   'a'",
            "0123-4567-8901, 'separators'",
            "123 456 789 012, 'separators'",
            "12345_678901,   '_'",
            "abc,            'a'",
    })
    void says_which_character_is_not_a_digit(String raw, String named) {
        assertThatThrownBy(() -> AccountId.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(named);
    }

    @Test
    void console_style_separators_are_refused_with_the_digits_to_use() {
        assertThatThrownBy(() -> AccountId.parse("0123-4567-8901"))
                .hasMessageContaining("without them: 012345678901");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refuses_an_empty_account_id(String raw) {
        assertThatThrownBy(() -> AccountId.parse(raw)).hasMessageContaining("Account ID is empty");
    }

    @ParameterizedTest
    @CsvSource({
            "12345678901, 012345678901",
            "1,           000000000001",
            "' 45 ',      000000000045",
    })
    void pads_ids_that_lost_leading_zeros(String raw, String expected) {
        assertThat(AccountId.padded(raw)).contains(AccountId.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345678901", "1234567890123", "1.23457E+11", "12a", ""})
    void does_not_pad_what_is_not_a_short_digit_string(String raw) {
        assertThat(AccountId.padded(raw)).isEmpty();
    }
}
