package com.payerlink.verification.aws;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bcmdataexports.model.CompressionOption;
import software.amazon.awssdk.services.bcmdataexports.model.Export;
import software.amazon.awssdk.services.bcmdataexports.model.FormatOption;
import software.amazon.awssdk.services.bcmdataexports.model.FrequencyOption;
import software.amazon.awssdk.services.bcmdataexports.model.OverwriteOption;
import software.amazon.awssdk.services.bcmdataexports.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bcmdataexports.model.S3OutputType;

import java.util.List;
import java.util.Map;

/**
 * A limited customer's extraction in the MSP's payer, through the payer's role: the portal creates the CUR 2.0 export
 * ({@code CreateExport}) and checks it ({@code GetExport}) against its {@link ExportDefinition}.
 */
@Component
@RequiredArgsConstructor
public class LimitedExtraction {

    private final AwsClients aws;

    /**
     * Creates the export in the payer.
     *
     * @return the new export's ARN
     * @throws AwsProblem saying why AWS refused, in the operator's words
     */
    public String create(ConnectionUnderTest payer, ExportDefinition d) {
        try {
            var role = aws.assume(payer, false);
            return aws.in(payer.partition()).exports().createExport(r -> r.overrideConfiguration(AwsClients.as(role))
                .export(e -> e.name(d.name())
                    .description("Payerlink: the limited customer's rows, for its own cost dashboards")
                    .dataQuery(q -> q.queryStatement(d.queryStatement())
                        .tableConfigurations(Map.of("COST_AND_USAGE_REPORT", d.tableSettings())))
                    .destinationConfigurations(dc -> dc.s3Destination(s3 -> s3.s3Bucket(d.bucket()).s3Prefix(d.prefix())
                        .s3Region(d.region()).s3OutputConfigurations(o -> o.outputType(S3OutputType.CUSTOM)
                            .format(FormatOption.PARQUET).compression(CompressionOption.PARQUET)
                            .overwrite(OverwriteOption.OVERWRITE_REPORT))))
                    .refreshCadence(c -> c.frequency(FrequencyOption.SYNCHRONOUS))))
                .exportArn();
        }
        catch (SdkException e) {
            if (AwsErrors.isAccessDenied(e)) {
                throw new AwsProblem("The payer's role may not create exports (bcm-data-exports:CreateExport was"
                        + " denied). Allow it to the role in the payer " + payer.accountId() + ", or create the export"
                        + " with the CloudFormation resource shown here.");
            }
            throw new AwsProblem("AWS did not create the export: " + e.getMessage());
        }
    }

    /** The export's checks: it exists, is hourly, has resource IDs, is Parquet, and reads exactly the agreed accounts. */
    public List<Check> check(ConnectionUnderTest payer, String exportArn, ExportDefinition expected) {
        Export export;
        try {
            var role = aws.assume(payer, false);
            export = aws.in(payer.partition()).exports()
                .getExport(r -> r.exportArn(exportArn).overrideConfiguration(AwsClients.as(role))).export();
        }
        catch (ResourceNotFoundException e) {
            return List.of(LimitedExportRules.notFound(exportArn, payer.accountId()));
        }
        catch (SdkException e) {
            if (AwsErrors.isThrottled(e)) {
                return List.of(AwsErrors.throttled("the limited customer's export", e));
            }
            return List.of(AwsErrors.otherFailure(CheckCode.LIMITED_EXPORT_CONFORMS, "bcm-data-exports:GetExport", e));
        }
        return LimitedExportRules.problems(export, expected);
    }

    /** The failed check of a limited customer whose agreed accounts are not known (or not from one payer). */
    public static Check noAgreedAccounts(String why) {
        return Check.fail(CheckCode.LIMITED_NO_AGREED_ACCOUNTS, why, "On the payer's account page (Members), group the"
                + " agreed member accounts into the customer linked to this account, all from one payer; then create the"
                + " export on this page and verify again.");
    }

    /** The failed check of a limited customer whose export was not created yet. */
    public static Check notCreated(String payerId) {
        return Check.fail(CheckCode.LIMITED_EXPORT_NOT_FOUND, "No export extracts this customer's rows from the payer "
                + payerId + " yet.", "Create it on this page (Extraction from your payer), or with the CloudFormation"
                        + " resource shown there; then verify again.");
    }

}
