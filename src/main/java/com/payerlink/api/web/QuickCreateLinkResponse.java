package com.payerlink.api.web;

/** The CloudFormation console's quick-create page for an account's stack, and what it fills in. */
record QuickCreateLinkResponse(String url, String stackName, String externalId, String partition, String region) {
}
