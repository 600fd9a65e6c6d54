package com.payerlink.account.domain;

import java.util.UUID;

/**
 * Published (in the same transaction) when an account becomes a member of one of the tenant's management accounts
 * without Organizations listing it: its organization's StackSet reported it, or an operator added it from the
 * organization's list. The payer's members record it, so it is the same member a sync finds.
 *
 * @param managementAccountId the management (payer) connection whose organization the account is a member of
 */
public record OrganizationMemberFound(UUID tenantId, UUID managementAccountId, AccountId accountId, String name) {
}
