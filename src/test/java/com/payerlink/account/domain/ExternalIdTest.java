package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalIdTest {

    @Test
    void generated_id_is_32_lowercase_base32_characters_carrying_160_bits() {
        ExternalId id = ExternalId.generate();
        assertThat(id.value()).matches("[a-z2-7]{32}");
        // 32 characters of 5 bits each: at least the 128 random bits required.
        assertThat(id.value().length() * 5).isGreaterThanOrEqualTo(128);
        assertThat(id.isGeneratedFormat()).isTrue();
    }

    @Test
    void generated_ids_are_unique() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> ids.add(ExternalId.generate().value()));
        assertThat(ids).hasSize(1000);
    }

    @Test
    void generated_ids_use_the_whole_alphabet() {
        // A broken encoder (e.g. always-zero bits) would use few characters; 1000 ids show all 32.
        Set<Integer> seen = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> ExternalId.generate().value().chars().forEach(seen::add));
        assertThat(seen).hasSize(32);
    }

    @Test
    void a_generated_id_reads_back_unchanged() {
        ExternalId id = ExternalId.generate();
        assertThat(ExternalId.parse(" " + id.value() + " ")).isEqualTo(id);
        assertThat(ExternalId.parse(id.value())).hasToString(id.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Customer_Ext-ID=1,2.3@x:y/z+", "0123456789abcdef0123456789abcdef01234567"})
    void accepts_any_external_id_aws_accepts(String raw) {
        ExternalId id = ExternalId.parse(raw);
        assertThat(id.value()).isEqualTo(raw);
        assertThat(id.isGeneratedFormat()).isFalse();
    }

    @Test
    void accepts_1224_characters_and_refuses_1225() {
        assertThat(ExternalId.parse("x".repeat(1224)).value()).hasSize(1224);
        assertThatThrownBy(() -> ExternalId.parse("x".repeat(1225))).hasMessageContaining("at most 1224");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a          | too short",
            "''         | too short",
            "abc def    | contains a space",
            "abc#def    | contains '#'",
            "abc$def    | contains '$'",
    })
    void refuses_what_aws_does_not_accept(String raw, String explanation) {
        assertThatThrownBy(() -> ExternalId.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(explanation);
    }
}
