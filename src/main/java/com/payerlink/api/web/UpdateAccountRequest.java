package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A change of an account's wizard steps, saved together or not at all. Step 2 is required (send it as it
 * is to keep it); the other steps are optional and left as they are when missing.
 */
record UpdateAccountRequest(
        @Schema(description = "The version you read with GET", requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
        @Schema(description = "Step 1", allowableValues = { "aws", "aws-cn" }) String partition,
        @Schema(description = "Step 2", example = "012345678901", requiredMode = Schema.RequiredMode.REQUIRED) String accountId,
        @Schema(description = "Step 2", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(description = "Step 2", allowableValues = { "DIRECT_MANAGEMENT", "MSP_SINGLE", "MSP_MULTIPLE", "MSP_LIMITED" },
                requiredMode = Schema.RequiredMode.REQUIRED) String method,
        @Schema(description = "Step 2") List<String> contactEmails,
        @Schema(description = "Step 3: true confirms that IAM access to Billing is activated") Boolean billingAccessConfirmed,
        @Schema(description = "Step 4") CurSettingsBody curSettings,
        @Schema(description = "Step 5: true says the CloudFormation stack is created") Boolean stackCreated,
        @Schema(description = "Step 6: the role ARN(s) from the stack's outputs") List<String> roleArns) {
}
