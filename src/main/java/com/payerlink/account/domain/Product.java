package com.payerlink.account.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the customer's CloudFormation template grants the platform. Each product carries the IAM
 * actions of its policy statement; Cost Analytics also gets read access to the CUR bucket, which
 * the template adds with the bucket's ARNs.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Product {

    COST_ANALYTICS("Cost Analytics", "CostAnalytics",
            "Reads the Cost and Usage Report from its S3 bucket and prefix, the report definitions and"
                    + " data exports, and Cost Explorer. Always included.",
            List.of("cur:DescribeReportDefinitions",
                    "bcm-data-exports:ListExports",
                    "bcm-data-exports:GetExport",
                    "ce:Get*",
                    "ce:Describe*",
                    "ce:List*")),

    COMMITMENT_INSIGHTS("Commitment Insights", "CommitmentInsights",
            "Reads Savings Plans and Reserved Instances to show their coverage and utilisation.",
            List.of("savingsplans:Describe*",
                    "ec2:DescribeReservedInstances*",
                    "ce:GetReservation*",
                    "ce:GetSavingsPlans*")),

    ORGANIZATION_DISCOVERY("Organization Discovery", "OrganizationDiscovery",
            "Lists the linked accounts of a management account's organization, so you can pick them.",
            List.of("organizations:DescribeOrganization",
                    "organizations:ListAccounts",
                    "organizations:DescribeAccount"));

    private final String label;
    /** The Sid of this product's statement in the Payerlink policy. */
    private final String statementId;
    private final String description;
    /** The IAM actions of this product's policy statement (Resource "*": these APIs have no resource ARNs). */
    private final List<String> iamActions;

    /**
     * Reads a product as named in a form or CSV cell: its enum name, its label, or the label
     * with hyphens ({@code cost-analytics}), ignoring case.
     *
     * @throws InvalidValueException listing the products that exist
     */
    public static Product parse(String raw) {
        String text = Inputs.trim(raw);
        String key = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Product p : values()) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        List<String> names = java.util.Arrays.stream(values()).map(Product::label).toList();
        throw new InvalidValueException("Product '" + text + "' does not exist; choose one of "
                + String.join(", ", names) + ".");
    }

    /** The products to grant for a choice: the choice plus Cost Analytics, which is always on. */
    public static Set<Product> withAlwaysOn(Collection<Product> chosen) {
        EnumSet<Product> products = EnumSet.of(COST_ANALYTICS);
        if (chosen != null) {
            products.addAll(chosen);
        }
        return Collections.unmodifiableSet(products);
    }

    public boolean alwaysOn() {
        return this == COST_ANALYTICS;
    }

}
