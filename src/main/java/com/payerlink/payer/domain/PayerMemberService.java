package com.payerlink.payer.domain;

import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountNotFoundException;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountsByAwsId;
import com.payerlink.account.domain.AccountSummary;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.verification.aws.LinkedAccount;
import com.payerlink.verification.domain.OrganizationService;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A payer's members: their sync from AWS Organizations, their flags, and their grouping into customers. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PayerMemberService {

    private final PayerMemberDAO memberDAO;

    private final AccountService accountService;

    private final AccountsByAwsId byAwsId;

    private final CustomerDAO customerDAO;

    private final OrganizationService organizations;

    private final ScopedTransactions scoped;

    /** The payer's members, removed ones last, each with the tenant's account of it where there is one. */
    @Transactional(readOnly = true)
    public List<PayerMember> members(UUID payerId) {
        List<PayerMember> members = memberDAO.members(CurrentScope.requireRoleInTenant(Roles.READERS), payerId);
        if (members.isEmpty()) {
            return members;
        }
        Map<AccountId, AccountSummary> accounts = byAwsId.withIds(accountService.get(payerId)
            .partition(), members.stream().map(PayerMember::accountId).toList()).stream()
            .collect(Collectors.toMap(AccountSummary::accountId, a -> a));
        return members.stream().map(m -> m.connectedAs(accounts.get(m.accountId()))).toList();
    }

    /**
     * For the accounts grid: which of these accounts are payers whose members changed, and which joined or left one
     * of the tenant's payers' organizations, since the changes were last marked seen.
     */
    @Transactional(readOnly = true)
    public Map<UUID, MemberChange> changesOf(Collection<UUID> accountIds) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.READERS);
        Map<UUID, MemberChange> changes = new HashMap<>();
        List<AccountSummary> accounts = accountService.summaries(accountIds);
        Map<AccountId, MemberFlag> flags = memberDAO.flagsOf(tenant, accounts.stream().map(AccountSummary::accountId)
            .toList());
        accounts.forEach(a -> {
            MemberFlag flag = flags.getOrDefault(a.accountId(), MemberFlag.NONE);
            if (flag != MemberFlag.NONE) {
                changes.put(a.id(), flag == MemberFlag.NEW ? MemberChange.JOINED : MemberChange.LEFT);
            }
        });
        memberDAO.payersWithChanges(tenant, accountIds).forEach(p -> changes.put(p, MemberChange.MEMBERS_CHANGED));
        return changes;
    }

    /** The payer's last sync, if it was ever synced. */
    @Transactional(readOnly = true)
    public Optional<MemberSyncStatus> syncStatus(UUID payerId) {
        return memberDAO.syncStatus(CurrentScope.requireRoleInTenant(Roles.READERS), payerId);
    }

    /**
     * Reads the payer's organization from AWS now (every page; outside any transaction) and stores it: members that
     * joined since the last sync are flagged NEW, members no longer listed REMOVED. A refusal keeps the members as
     * they were, is kept as the sync's problem, and is thrown. Editors (and the tenant's jobs) only.
     *
     * @throws InvalidInputException saying why the organization could not be read and what to do
     */
    public MemberSyncStatus sync(UUID payerId) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        DatabaseScope scope = CurrentScope.get();
        List<LinkedAccount> listed;
        try {
            listed = organizations.membersOf(payerId);
        }
        catch (InvalidInputException e) {
            scoped.run(scope, () -> memberDAO.storeProblem(tenant, payerId, e.getMessage()));
            throw e;
        }
        return scoped.call(scope, () -> {
            memberDAO.storeListing(tenant, payerId, listed,
                    memberDAO.syncStatus(tenant, payerId).map(MemberSyncStatus::neverRead).orElse(true));
            return memberDAO.syncStatus(tenant, payerId).orElseThrow(() -> new AccountNotFoundException(payerId));
        });
    }

    /** The operator has seen the payer's changes: its NEW and REMOVED flags are cleared; returns how many. */
    @Transactional
    public int acknowledgeChanges(UUID payerId) {
        return memberDAO.acknowledge(CurrentScope.requireRoleInTenant(Roles.EDITORS), payerId);
    }

    /**
     * Groups the payer's chosen members into the customer, or into none with null (by hand, one or many at once).
     *
     * @return how many members moved
     */
    @Transactional
    public int group(UUID payerId, Collection<AccountId> accountIds, @Nullable UUID customerId) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        if (accountIds.isEmpty()) {
            throw new InvalidInputException(null, "Select the members to group first.");
        }
        if (customerId != null && customerDAO.find(tenant, customerId).isEmpty()) {
            throw new InvalidInputException("customer", "That customer no longer exists; choose another one.");
        }
        return memberDAO.assign(tenant, payerId, accountIds, customerId);
    }

    /** The tenant's members flagged NEW or REMOVED over all payers, for the dashboard. */
    @Transactional(readOnly = true)
    public MemberChanges changes() {
        return memberDAO.changes(CurrentScope.requireRoleInTenant(Roles.READERS));
    }

    /**
     * The customers an account belongs to (as a member of any payer) and all of those customers' current members:
     * what an MSP_MULTIPLE connection of this account enables.
     */
    @Transactional(readOnly = true)
    public List<PayerMember> membersOfCustomersOf(AccountId accountId) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.READERS);
        List<UUID> customers = memberDAO.customersWithMember(tenant, accountId);
        return customers.isEmpty() ? List.of() : memberDAO.membersOfCustomers(tenant, customers);
    }

}
