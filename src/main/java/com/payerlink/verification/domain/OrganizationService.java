package com.payerlink.verification.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.account.domain.AccountDetails;
import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.AccountsByAwsId;
import com.payerlink.account.domain.AccountState;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Product;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.verification.aws.AwsProblem;
import com.payerlink.verification.aws.LinkedAccount;
import com.payerlink.verification.aws.OrganizationReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Organizations discovery: a management account's linked accounts, added as customer accounts in one action. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganizationService {

    private static final Set<AccountState> PASSED_VERIFICATION = EnumSet.of(AccountState.AWAITING_SUPPORT,
            AccountState.PROCESSING, AccountState.READY);

    private final AccountService accountService;

    private final AccountsByAwsId byAwsId;

    private final OrganizationReader reader;

    /**
     * The organization's accounts as the management account's role sees them, each marked when the tenant
     * has it already. Editors only; only for an account with Organization Discovery that passed verification.
     *
     * @throws InvalidInputException when the account is no registered management account with Organization
     *                               Discovery that passed verification, or AWS refuses
     */
    public List<LinkedAccountChoice> linkedAccounts(UUID managementAccountId) {
        CurrentScope.requireRole(Roles.EDITORS);
        CustomerAccount management = management(managementAccountId);
        List<LinkedAccount> accounts;
        try {
            accounts = reader.linkedAccounts(VerificationRunner.connectionOf(management));
        }
        catch (AwsProblem e) {
            throw new InvalidInputException(null, e.getMessage());
        }
        Set<AccountId> existing = byAwsId.existing(management.partition(),
                accounts.stream().map(a -> new AccountId(a.accountId())).toList());
        return accounts.stream().map(a -> new LinkedAccountChoice(a, existing.contains(new AccountId(a.accountId()))))
            .toList();
    }

    /**
     * The members of a payer's organization as its role lists them now (every page), the payer itself left out.
     * Editors (and a tenant's background jobs) only; the same conditions as {@link #linkedAccounts(UUID)}.
     *
     * @throws InvalidInputException saying why they cannot be listed and what to do
     */
    public List<LinkedAccount> membersOf(UUID payerId) {
        CurrentScope.requireRole(Roles.EDITORS);
        CustomerAccount payer = management(payerId);
        try {
            return reader.linkedAccounts(VerificationRunner.connectionOf(payer)).stream()
                .filter(a -> !a.accountId().equals(payer.accountId().value()))
                .toList();
        }
        catch (AwsProblem e) {
            throw new InvalidInputException(null, e.getMessage());
        }
    }

    /**
     * Adds the chosen linked accounts the tenant does not have yet as new accounts (DRAFT, in the management
     * account's partition), all or none.
     *
     * @return how many were added
     */
    @Transactional
    public int addLinkedAccounts(UUID managementAccountId, Collection<LinkedAccount> chosen, ConnectionMethod method) {
        CurrentScope.requireRole(Roles.EDITORS);
        CustomerAccount management = management(managementAccountId);
        if (chosen.isEmpty()) {
            throw new InvalidInputException(null, "Select the linked accounts to add first.");
        }
        Set<AccountId> existing = byAwsId.existing(management.partition(),
                chosen.stream().map(a -> new AccountId(a.accountId())).toList());
        int added = 0;
        for (LinkedAccount a : chosen) {
            if (!existing.contains(new AccountId(a.accountId()))) {
                String name = a.name() == null || a.name().isBlank() ? a.accountId() : a.name();
                accountService.createMember(management.id(), new AccountDetails(a.accountId(),
                        name.length() > 200 ? name.substring(0, 200) : name, method, ""));
                added++;
            }
        }
        return added;
    }

    private CustomerAccount management(UUID id) {
        CustomerAccount account = accountService.get(id);
        if (!account.method().isManagementAccount() || !account.isRegistered() || account.roleArns().isEmpty()) {
            throw new InvalidInputException(null, "Only a registered Direct management account lists its"
                    + " organization's accounts.");
        }
        if (!account.products().contains(Product.ORGANIZATION_DISCOVERY)) {
            throw new InvalidInputException(null, "Listing the organization's accounts needs the product Organization"
                    + " Discovery, which " + account.name() + " does not have. Choose it in step 4 and update the"
                    + " stack (step 5), then verify again.");
        }
        // until verification has proven the role demands this account's ExternalId, it may be someone else's
        if (!PASSED_VERIFICATION.contains(account.state())) {
            throw new InvalidInputException(null, account.name() + " has not passed verification yet, so its"
                    + " organization is not listed. Verify it and fix what the failed checks say.");
        }
        return account;
    }

}
