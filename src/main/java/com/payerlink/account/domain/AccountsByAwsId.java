package com.payerlink.account.domain;

import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The caller's tenant's accounts found by their AWS account IDs, as the API's lookups and an organization's members
 * need them. An AWS account ID is unique within a tenant and partition.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountsByAwsId {

    private final AccountDAO accountDAO;

    /** The id of the tenant's account with this account ID in this partition, if there is one. */
    @Transactional(readOnly = true)
    public Optional<UUID> idOf(Partition partition, AccountId accountId) {
        return accountDAO.idOfAccountWithKey(CurrentScope.requireRoleInTenant(Roles.READERS), partition, accountId);
    }

    /** Which of these AWS account IDs the tenant has already in the partition (e.g. to mark linked accounts). */
    @Transactional(readOnly = true)
    public Set<AccountId> existing(Partition partition, Collection<AccountId> accountIds) {
        return withIds(partition, accountIds).stream().map(AccountSummary::accountId)
            .collect(Collectors.toUnmodifiableSet());
    }

    /** The tenant's accounts with these AWS account IDs in the partition (any state), e.g. an organization's members. */
    @Transactional(readOnly = true)
    public List<AccountSummary> withIds(Partition partition, Collection<AccountId> accountIds) {
        return accountIds.isEmpty() ? List.of()
                : accountDAO.withAccountIds(CurrentScope.requireRoleInTenant(Roles.READERS), partition, accountIds);
    }

}
