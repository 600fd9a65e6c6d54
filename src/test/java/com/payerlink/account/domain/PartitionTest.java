package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartitionTest {

    @ParameterizedTest
    @CsvSource({
            "aws,        AWS",
            "' AWS ',    AWS",
            "aws-cn,     AWS_CN",
            "AWS_CN,     AWS_CN",
            "AWS China,  AWS_CN",
    })
    void reads_partition_by_id_name_or_label(String raw, Partition expected) {
        assertThat(Partition.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "azure", "aws-us-gov", "china"})
    void refuses_unknown_partitions_and_names_the_two_choices(String raw) {
        assertThatThrownBy(() -> Partition.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("aws for AWS")
                .hasMessageContaining("aws-cn for AWS China");
    }

    @ParameterizedTest
    @CsvSource({
            "AWS,    aws,    AWS,       console.aws.amazon.com, us-east-1,      arn:aws",
            "AWS_CN, aws-cn, AWS China, console.amazonaws.cn,   cn-northwest-1, arn:aws-cn",
    })
    void each_partition_knows_its_console_home_region_and_arn_prefix(
            Partition partition, String id, String label, String host, String home, String arnPrefix) {
        assertThat(partition.id()).isEqualTo(id);
        assertThat(partition).hasToString(id);
        assertThat(partition.label()).isEqualTo(label);
        assertThat(partition.consoleHost()).isEqualTo(host);
        assertThat(partition.homeRegion()).isEqualTo(AwsRegion.parse(home));
        assertThat(partition.arnPrefix()).isEqualTo(arnPrefix);
    }
}
