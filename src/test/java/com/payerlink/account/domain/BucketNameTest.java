package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BucketNameTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "abc",                          // shortest
            "my-cur-reports",
            "cur.reports.example.com",      // dots, not adjacent
            "1bucket9",                     // begins and ends with digits
            "192.168.5.4x",                 // looks like, but is not, an IP address
            "192.168.5",                    // three numbers only
            "my-xn--bucket",                // xn-- only reserved at the start
            "my-sthree-bucket",             // sthree- only reserved at the start
            "abc--x-s3x",                   // --x-s3 only reserved at the end
            "my-s3alias-bucket",            // -s3alias only reserved at the end
            "my--ol-s3-bucket",             // --ol-s3 only reserved at the end
            "payerlink-cur-012345678901",
    })
    void accepts_valid_bucket_names(String name) {
        assertThat(BucketName.parse(name).value()).isEqualTo(name);
    }

    @Test
    void accepts_the_longest_allowed_name_and_trims_input() {
        String name = "a".repeat(63);
        assertThat(BucketName.parse("  " + name + " ").value()).isEqualTo(name);
        assertThat(BucketName.parse(name)).hasToString(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // length
            "ab                                 | has 2 characters; bucket names have 3 to 63",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | has 64 characters",
            "''                                 | Bucket name is empty",
            // characters
            "My-Bucket                          | uppercase letters, which bucket names cannot have; use my-bucket",
            "my_bucket                          | contains '_'",
            "my_bucket                          | use a hyphen instead of the underscore",
            "my bucket                          | contains a space",
            "my+bucket                          | contains '+'",
            // first and last character
            "-bucket                            | begins with '-'",
            ".bucket                            | begins with '.'",
            "bucket-                            | ends with '-'",
            "bucket.                            | ends with '.'",
            // dots
            "my..bucket                         | two dots in a row",
            // IP address
            "192.168.5.4                        | formatted as an IP address",
            "10.0.0.1                           | formatted as an IP address",
            // reserved prefixes and suffixes
            "xn--bucket                         | starts with 'xn--'",
            "sthree-bucket                      | starts with 'sthree-'",
            "sthree-configurator-x              | starts with 'sthree-configurator'",
            "amzn-s3-demo-bucket                | starts with 'amzn-s3-demo-'",
            "bucket-s3alias                     | ends with '-s3alias'",
            "bucket--ol-s3                      | ends with '--ol-s3'",
            "bucket--x-s3                       | ends with '--x-s3'",
            "bucket--table-s3                   | ends with '--table-s3'",
            // pasted locations
            "s3://my-bucket                     | enter the bucket name only (my-bucket)",
            "s3://my-bucket/reports/cur/        | put reports/cur in the report prefix field",
            "arn:aws:s3:::my-bucket             | enter the bucket name only (my-bucket)",
            "my-bucket/reports                  | put reports in the report prefix field",
    })
    void explains_each_naming_rule_a_name_breaks(String name, String explanation) {
        assertThatThrownBy(() -> BucketName.parse(name))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(explanation);
    }

    @Test
    void generates_a_valid_name_for_a_created_cur_bucket() {
        assertThat(BucketName.forAccount(AccountId.parse("012345678901")).value())
                .isEqualTo("payerlink-cur-012345678901");
    }
}
