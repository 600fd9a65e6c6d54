package com.payerlink.core;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void keeps_an_address_trimmed_and_in_lower_case() {
        assertThat(EmailAddress.parse("  Jane.Doe@Example.COM \n").value()).isEqualTo("jane.doe@example.com");
        assertThat(EmailAddress.parse("ops+billing@mail.example.co.uk")).isEqualTo(new EmailAddress("OPS+billing@mail.example.co.uk"));
    }

    @Test
    void rejects_text_without_one_at_and_a_dotted_domain() {
        for (String bad : new String[] { "", "jane", "jane@", "@example.com", "jane@example", "jane@@example.com",
                "jane@exa@mple.com" }) {
            assertThatThrownBy(() -> EmailAddress.parse(bad)).as(bad)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not an e-mail address; write it as name@example.com");
        }
    }

    @Test
    void rejects_separators_of_address_lists_and_whitespace_inside() {
        for (String bad : new String[] { "a@b.com,c@d.com", "a@b.com;c@d.com", "jane doe@example.com" }) {
            assertThat(EmailAddress.tryParse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void rejects_an_address_longer_than_254_characters() {
        String local = "a".repeat(64);
        String domain = "b".repeat(185) + ".com";
        assertThat(EmailAddress.tryParse(local + "@" + domain)).isPresent();
        assertThat(EmailAddress.tryParse(local + "@b" + domain)).isEmpty();
    }

    @Test
    void names_no_field_until_a_form_places_it() {
        assertThatThrownBy(() -> InvalidInputException.inField("email", () -> EmailAddress.parse("nope")))
            .isInstanceOf(InvalidInputException.class)
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("email"));
        assertThatThrownBy(() -> EmailAddress.parse("nope"))
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isNull());
    }

    @Test
    void the_shape_check_accepts_exactly_what_the_regular_expression_of_an_address_accepts() {
        Pattern shape = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
        String alphabet = "ab@.,; \t\u000B\u00e9";
        Random random = new Random(14);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            assertThat(EmailAddress.hasShape(candidate)).as(candidate).isEqualTo(shape.matcher(candidate).matches());
        }
    }

}
