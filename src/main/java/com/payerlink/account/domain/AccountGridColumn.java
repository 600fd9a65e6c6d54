package com.payerlink.account.domain;

import com.payerlink.core.StatusLabel;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * A per-account status that another feature shows as a column of the accounts grid (e.g. the
 * invitation's), looked up once per page of rows.
 */
public interface AccountGridColumn {

    String header();

    /** Badges for those of the accounts that have one, in the current tenant. */
    Map<UUID, StatusLabel> badgesFor(Collection<UUID> accountIds);

}
