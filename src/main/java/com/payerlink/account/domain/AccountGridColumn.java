package com.payerlink.account.domain;

import com.payerlink.core.Status;
import com.payerlink.core.StatusLabel;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A per-account status that another feature shows as a column of the accounts grid (e.g. the
 * invitation's), looked up once per page of rows.
 */
public interface AccountGridColumn {

    String header();

    /** The statuses of those of the accounts that have one to show, in the current tenant. */
    Map<UUID, ? extends Status> statusesOf(Collection<UUID> accountIds);

    /** A column with this header whose statuses the function looks up, e.g. a feature service's method. */
    static <S extends Status> AccountGridColumn of(String header, Function<Collection<UUID>, Map<UUID, S>> statuses) {
        return new AccountGridColumn() {

            @Override
            public String header() {
                return header;
            }

            @Override
            public Map<UUID, S> statusesOf(Collection<UUID> accountIds) {
                return statuses.apply(accountIds);
            }

        };
    }

    /** Badges for those of the accounts that have one, in the current tenant. */
    default Map<UUID, StatusLabel> badgesFor(Collection<UUID> accountIds) {
        return statusesOf(accountIds).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().statusLabel()));
    }

}
