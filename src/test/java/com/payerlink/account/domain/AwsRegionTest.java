package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwsRegionTest {

    private static final List<String> NOT_REQUIRED = List.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2");

    @ParameterizedTest
    @CsvSource({
            "us-east-1,        us-east-1",
            "' US-EAST-1 ',    us-east-1",
            "ap-east-1,        ap-east-1",
            "us-gov-west-1,    us-gov-west-1",
            "cn-northwest-1,   cn-northwest-1",
            "xx-nowhere-9,     xx-nowhere-9",
    })
    void reads_any_well_formed_region_code(String raw, String expected) {
        assertThat(AwsRegion.parse(raw).value()).isEqualTo(expected);
        assertThat(AwsRegion.parse(raw)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "us-east-1a             | Availability Zone, not a region; enter its region, us-east-1",
            "US East (N. Virginia)  | not a region code",
            "useast1                | not a region code",
            "us-east                | not a region code",
            "''                     | Region is empty",
    })
    void refuses_text_that_is_not_a_region_code(String raw, String explanation) {
        assertThatThrownBy(() -> AwsRegion.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(explanation);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2"})
    void accepts_every_region_whose_opt_in_is_not_required_for_the_cur_bucket(String code) {
        assertThat(AwsRegion.forCurBucket(code, Partition.AWS).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ap-east-1", "me-south-1", "af-south-1", "eu-south-1", "ap-southeast-3", "il-central-1"})
    void refuses_opt_in_regions_for_the_cur_bucket_with_the_reason(String code) {
        assertThatThrownBy(() -> AwsRegion.forCurBucket(code, Partition.AWS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(code + " needs opt-in; the CUR bucket must be in a region whose opt-in status is"
                        + " 'Not required', us-east-1 recommended.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx-nowhere-1", "us-easst-1", "eu-central-3"})
    void refuses_unknown_regions_like_opt_in_regions(String code) {
        assertThatThrownBy(() -> AwsRegion.forCurBucket(code, Partition.AWS))
                .hasMessageContaining(code + " is not a region known to have opt-in status 'Not required'")
                .hasMessageContaining("us-east-1 recommended");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn-north-1", "cn-northwest-1"})
    void refuses_a_china_region_for_an_aws_account(String code) {
        assertThatThrownBy(() -> AwsRegion.forCurBucket(code, Partition.AWS))
                .hasMessageContaining(code + " is an AWS China region, but this account is in AWS")
                .hasMessageContaining("us-east-1 recommended");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cn-north-1", "cn-northwest-1"})
    void accepts_china_regions_for_an_aws_china_account(String code) {
        assertThat(AwsRegion.forCurBucket(code, Partition.AWS_CN).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-west-1", "ap-east-1"})
    void refuses_a_commercial_region_for_an_aws_china_account(String code) {
        assertThatThrownBy(() -> AwsRegion.forCurBucket(code, Partition.AWS_CN))
                .hasMessageContaining(code + " is not an AWS China region, but this account is in AWS China")
                .hasMessageContaining("cn-northwest-1 recommended");
    }

    @Test
    void refuses_an_unknown_china_region() {
        assertThatThrownBy(() -> AwsRegion.forCurBucket("cn-south-1", Partition.AWS_CN))
                .hasMessageContaining("cn-south-1 is not a region known to have opt-in status 'Not required'");
    }

    @ParameterizedTest
    @CsvSource({"AWS", "AWS_CN"})
    void refuses_govcloud_regions(Partition partition) {
        assertThatThrownBy(() -> AwsRegion.forCurBucket("us-gov-west-1", partition))
                .hasMessageContaining("GovCloud");
    }

    @Test
    void lists_exactly_the_not_required_regions_with_us_east_1_first() {
        List<String> allowed = AwsRegion.allowedForCurBucket(Partition.AWS).stream().map(AwsRegion::value).toList();
        assertThat(allowed).first().isEqualTo("us-east-1");
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(NOT_REQUIRED);
    }

    @Test
    void lists_the_china_regions_with_ningxia_first() {
        assertThat(AwsRegion.allowedForCurBucket(Partition.AWS_CN))
                .extracting(AwsRegion::value)
                .containsExactly("cn-northwest-1", "cn-north-1");
    }

    @ParameterizedTest
    @CsvSource({"AWS, us-east-1", "AWS_CN, cn-northwest-1"})
    void recommends_the_partitions_home_region(Partition partition, String code) {
        assertThat(AwsRegion.recommended(partition).value()).isEqualTo(code);
        assertThat(AwsRegion.allowedForCurBucket(partition)).first().isEqualTo(AwsRegion.recommended(partition));
    }

    @Test
    void knows_the_console_names_of_allowed_regions() {
        assertThat(AwsRegion.parse("us-east-1").displayName()).contains("US East (N. Virginia)");
        assertThat(AwsRegion.parse("cn-northwest-1").displayName()).contains("China (Ningxia)");
        assertThat(AwsRegion.parse("ap-east-1").displayName()).isEmpty();
    }
}
