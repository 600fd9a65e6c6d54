package com.payerlink.account.domain;

import java.util.UUID;

/**
 * A stored account as an account-list row, with what an import needs to change it safely.
 *
 * @param editable false once a connection is registered and out of the wizard: its steps no longer change
 */
public record AccountListEntry(UUID id, int version, AccountState state, boolean editable, AccountListRow row) {
}
