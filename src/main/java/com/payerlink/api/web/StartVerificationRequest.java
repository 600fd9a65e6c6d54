package com.payerlink.api.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The accounts to verify, by their ids in Payerlink (not their AWS account IDs). */
record StartVerificationRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<UUID> accountIds) {
}
