package com.payerlink.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProductTest {

    @Test
    void cost_analytics_reads_cur_data_exports_and_cost_explorer() {
        assertThat(Product.COST_ANALYTICS.iamActions()).containsExactly(
                "cur:DescribeReportDefinitions", "bcm-data-exports:ListExports", "bcm-data-exports:GetExport",
                "ce:Get*", "ce:Describe*", "ce:List*");
    }

    @Test
    void commitment_insights_reads_savings_plans_and_reserved_instances() {
        assertThat(Product.COMMITMENT_INSIGHTS.iamActions()).containsExactly(
                "savingsplans:Describe*", "ec2:DescribeReservedInstances*", "ce:GetReservation*",
                "ce:GetSavingsPlans*");
    }

    @Test
    void organization_discovery_lists_the_organizations_accounts() {
        assertThat(Product.ORGANIZATION_DISCOVERY.iamActions()).containsExactly(
                "organizations:DescribeOrganization", "organizations:ListAccounts", "organizations:DescribeAccount");
    }

    @ParameterizedTest
    @EnumSource(Product.class)
    void every_product_is_read_only_and_explained(Product product) {
        assertThat(product.label()).isNotBlank();
        assertThat(product.description()).isNotBlank();
        assertThat(product.statementId()).matches("[A-Za-z0-9]+");
        assertThat(product.iamActions()).allSatisfy(action -> {
            assertThat(action).matches("[a-z0-9-]+:[A-Za-z*]+");
            assertThat(action.substring(action.indexOf(':') + 1)).matches("(Get|Describe|List).*");
        });
    }

    @Test
    void cost_analytics_is_always_on() {
        assertThat(Product.withAlwaysOn(Set.of())).containsExactly(Product.COST_ANALYTICS);
        assertThat(Product.withAlwaysOn(null)).containsExactly(Product.COST_ANALYTICS);
        assertThat(Product.withAlwaysOn(List.of(Product.ORGANIZATION_DISCOVERY)))
                .containsExactly(Product.COST_ANALYTICS, Product.ORGANIZATION_DISCOVERY);
        assertThat(Product.COST_ANALYTICS.alwaysOn()).isTrue();
        assertThat(Product.COMMITMENT_INSIGHTS.alwaysOn()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "COST_ANALYTICS,          COST_ANALYTICS",
            "commitment-insights,     COMMITMENT_INSIGHTS",
            "Organization Discovery,  ORGANIZATION_DISCOVERY",
    })
    void reads_a_product_by_name_or_label(String raw, Product expected) {
        assertThat(Product.parse(raw)).isEqualTo(expected);
    }

    @Test
    void refuses_an_unknown_product_listing_the_real_ones() {
        assertThatThrownBy(() -> Product.parse("spot"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Cost Analytics, Commitment Insights, Organization Discovery");
    }
}
