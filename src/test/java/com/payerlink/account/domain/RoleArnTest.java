package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleArnTest {

    private static final AccountId ACCOUNT = AccountId.parse("012345678901");

    @ParameterizedTest
    @CsvSource({
            "arn:aws:iam::012345678901:role/PayerlinkRole,                 AWS,    /,               PayerlinkRole",
            "arn:aws-cn:iam::012345678901:role/PayerlinkRole,              AWS_CN, /,               PayerlinkRole",
            "arn:aws:iam::012345678901:role/payerlink/PayerlinkRole,       AWS,    /payerlink/,     PayerlinkRole",
            "arn:aws-cn:iam::012345678901:role/a/b/Payerlink-Role-AB12CD,  AWS_CN, /a/b/,           Payerlink-Role-AB12CD",
            "' arn:aws:iam::012345678901:role/name_+=,.@-x ',              AWS,    /,               'name_+=,.@-x'",
    })
    void reads_a_well_formed_role_arn_into_its_parts(String raw, Partition partition, String path, String name) {
        RoleArn arn = RoleArn.parse(raw);
        assertThat(arn.partition()).isEqualTo(partition);
        assertThat(arn.accountId()).isEqualTo(ACCOUNT);
        assertThat(arn.path()).isEqualTo(path);
        assertThat(arn.roleName()).isEqualTo(name);
        assertThat(arn.value()).isEqualTo(raw.trim());
        assertThat(arn).hasToString(raw.trim());
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws-cn:iam::012345678901:role/PayerlinkRole, AWS_CN",
            "arn:aws:iam::012345678901:role/PayerlinkRole,    AWS",
    })
    void accepts_an_arn_of_the_accounts_own_partition(String raw, Partition partition) {
        assertThat(RoleArn.parse(raw, partition, ACCOUNT).partition()).isEqualTo(partition);
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws-cn:iam::012345678901:role/PayerlinkRole, AWS,    arn:aws:iam::, AWS China",
            "arn:aws:iam::012345678901:role/PayerlinkRole,    AWS_CN, arn:aws-cn:iam::, console.amazonaws.cn",
    })
    void rejects_role_arn_of_the_other_partition_and_says_which_is_expected(
            String raw, Partition expected, String expectedPrefix, String mentioned) {
        assertThatThrownBy(() -> RoleArn.parse(raw, expected, ACCOUNT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("connected through " + expected.label())
                .hasMessageContaining("must start with " + expectedPrefix)
                .hasMessageContaining(mentioned);
    }

    @Test
    void rejects_role_arn_of_another_account() {
        assertThatThrownBy(() -> RoleArn.parse("arn:aws:iam::111122223333:role/PayerlinkRole", Partition.AWS, ACCOUNT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("belongs to account 111122223333")
                .hasMessageContaining("for account 012345678901");
    }

    @Test
    void account_ids_differing_only_by_a_leading_zero_are_different_accounts() {
        assertThatThrownBy(() -> RoleArn.parse("arn:aws:iam::123456789010:role/R", Partition.AWS,
                AccountId.parse("012345678901")))
                .hasMessageContaining("belongs to account 123456789010");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arn:aws:iam::012345678901:user/alice              | IAM user (:user/), not a role",
            "arn:aws:iam::012345678901:group/admins            | IAM group (:group/), not a role",
            "arn:aws:iam::012345678901:policy/PayerlinkPolicy  | IAM policy (:policy/), not a role",
            "arn:aws:iam::012345678901:instance-profile/x      | IAM instance profile",
            "arn:aws:iam::012345678901:root                    | IAM root",
            "arn:aws:sts::012345678901:assumed-role/PayerlinkRole/session | use arn:aws:iam::012345678901:role/PayerlinkRole",
            "arn:aws:s3:::my-bucket                            | 's3' service, not an IAM role",
    })
    void rejects_arns_that_are_not_roles(String raw, String explanation) {
        assertThatThrownBy(() -> RoleArn.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(explanation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arn:aws:iam:012345678901:role/R                  | expected shape arn:aws:iam::<12-digit account ID>:role/<role name>",
            "arn:aws:iam::012345678901:rolle/R                | expected shape",
            "arn:aws:iam::012345678901                         | expected shape",
            "aws:iam::012345678901:role/R                      | does not start with 'arn:'",
            "PayerlinkRole                                     | looks like a role name, not a role ARN",
            "012345678901                                      | is an account ID, not a role ARN",
            "arn:aws-us-gov:iam::012345678901:role/R          | partition 'aws-us-gov'",
            "arn:aws:iam:us-east-1:012345678901:role/R        | remove it",
            "arn:aws:iam::12345678901:role/R                  | If a spreadsheet dropped a leading zero",
            "arn:aws:iam::012345678901:role/                  | no role name",
            "arn:aws:iam::012345678901:role                   | no role name",
            "arn:aws:iam::012345678901:role/team/             | ends with a slash",
            "arn:aws:iam::012345678901:role/Payerlink Role    | contains a space",
            "arn:aws:iam::012345678901:role/Payerlink#Role    | '#' in the role name",
            "arn:aws:iam::012345678901:role/team//R           | two slashes in a row",
            "''                                               | Role ARN is empty",
    })
    void rejects_malformed_arns_showing_what_is_expected(String raw, String explanation) {
        assertThatThrownBy(() -> RoleArn.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(explanation);
    }

    @Test
    void role_names_have_at_most_64_characters() {
        String prefix = "arn:aws:iam::012345678901:role/";
        assertThat(RoleArn.parse(prefix + "r".repeat(64)).roleName()).hasSize(64);
        assertThatThrownBy(() -> RoleArn.parse(prefix + "r".repeat(65)))
                .hasMessageContaining("65 characters; IAM role names have at most 64");
    }

    @Test
    void role_paths_have_at_most_512_characters() {
        String prefix = "arn:aws:iam::012345678901:role";
        String path510 = "/" + "p".repeat(508) + "/";
        String path513 = "/" + "p".repeat(511) + "/";
        assertThat(RoleArn.parse(prefix + path510 + "R").path()).hasSize(510);
        assertThatThrownBy(() -> RoleArn.parse(prefix + path513 + "R"))
                .hasMessageContaining("at most 512");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad name", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", ""})
    void cannot_be_constructed_with_an_invalid_role_name(String name) {
        assertThatThrownBy(() -> new RoleArn(Partition.AWS, ACCOUNT, "/", name))
                .isInstanceOf(InvalidValueException.class);
    }
}
