package com.payerlink.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One family of refusals a user can fix: a value's own refusal lands on the field that held the value. */
class InvalidInputExceptionTest {

    @Test
    void places_a_refusal_without_a_field_on_the_field_parsed() {
        assertThatThrownBy(() -> InvalidInputException.inField("bucket", () -> {
            throw new InvalidInputException(null, "Bucket names are lower case.");
        }))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("Bucket names are lower case.")
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("bucket"));
    }

    @Test
    void keeps_the_field_a_refusal_names_already() {
        assertThatThrownBy(() -> InvalidInputException.inField("curSettings", () -> {
            throw new InvalidInputException("prefix", "Remove the leading slash.");
        })).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("prefix"));
    }

    @Test
    void names_the_field_within_its_group_or_the_group_itself() {
        assertThatThrownBy(() -> InvalidInputException.within("curSettings", () -> InvalidInputException.inField(
                "bucket", () -> EmailAddress.parse("not a bucket either"))))
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("curSettings.bucket"));
        assertThatThrownBy(() -> InvalidInputException.within("curSettings", () -> EmailAddress.parse("nope")))
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("curSettings"));
    }

    @Test
    void returns_the_parsed_value() {
        assertThat(InvalidInputException.inField("email", () -> EmailAddress.parse("Ops@Example.com")))
            .isEqualTo(new EmailAddress("ops@example.com"));
    }

}
