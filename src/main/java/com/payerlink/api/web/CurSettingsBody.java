package com.payerlink.api.web;

import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.Product;
import com.payerlink.core.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Wizard step 4: the products, and where the Cost and Usage Report is (or that the template creates it). */
record CurSettingsBody(
        @Schema(description = "COST_ANALYTICS (always on), COMMITMENT_INSIGHTS, ORGANIZATION_DISCOVERY") List<String> products,
        @Schema(description = "true: the CloudFormation template creates the bucket and report") boolean createCur,
        @Schema(example = "acme-cur-reports") String bucket,
        String reportName,
        String prefix,
        @Schema(example = "us-east-1") String bucketRegion,
        @Schema(description = "The report is hourly, with resource IDs, data refresh and Athena integration") boolean settingsConfirmed) {

    CurSettings toSettings() {
        return InvalidInputException.within("curSettings", () -> {
            Set<Product> chosen = EnumSet.noneOf(Product.class);
            if (products != null) {
                for (int i = 0; i < products.size(); i++) {
                    chosen.add(Requests.parse("products[" + i + "]", products.get(i), Product::parse));
                }
            }
            return CurSettings.typed(chosen, createCur, bucket, reportName, prefix, bucketRegion, settingsConfirmed);
        });
    }

}
