package com.payerlink.account.domain;

import java.util.UUID;

/**
 * An imported change of a stored account.
 *
 * @param seenVersion the version the import's preview was computed from; another one means someone changed it since
 * @param values      the account's list fields after the change (all of them, not only the changed ones)
 * @param changes     what changes, for the account's history, e.g. "Name: Acme → Acme Retail"
 */
public record AccountListUpdate(UUID id, int seenVersion, AccountListRow values, String changes) {
}
