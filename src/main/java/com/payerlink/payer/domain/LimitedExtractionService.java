package com.payerlink.payer.domain;

import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.ExportSourcePayers;
import com.payerlink.core.InvalidInputException;
import com.payerlink.core.database.VersionedRows;
import com.payerlink.core.security.Roles;
import com.payerlink.core.tenancy.CurrentScope;
import com.payerlink.core.tenancy.DatabaseScope;
import com.payerlink.core.tenancy.ScopedTransactions;
import com.payerlink.db.tables.records.CustomerRecord;
import com.payerlink.verification.aws.AwsProblem;
import com.payerlink.verification.aws.ConnectionUnderTest;
import com.payerlink.verification.aws.ExportDefinition;
import com.payerlink.verification.aws.LimitedExtraction;
import com.payerlink.verification.domain.AccountChecks;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Limited customers (the seed's "Customer Working with MSP"): the MSP_LIMITED account of an end customer who has no
 * access to the billing file gets its rows from the MSP's own payer, by a CUR 2.0 export that reads exactly the agreed
 * member accounts (the customer's members), delivered to the account's bucket and prefix.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LimitedExtractionService implements ExportSourcePayers {

    private static final Pattern BILLING_VIEW = Pattern.compile("arn:aws(-cn)?:billing::\\d{12}:billingview/[A-Za-z0-9_+=,.@:/-]+");

    private final CustomerDAO customerDAO;

    private final PayerMemberDAO memberDAO;

    private final AccountService accountService;

    private final LimitedExtraction extraction;

    private final ScopedTransactions scoped;

    /** The limited customer of the account and its extraction, if a customer is linked to it. */
    @Transactional(readOnly = true)
    public Optional<LimitedSetup> setupOf(UUID limitedAccountId) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.READERS);
        return customerDAO.ofLimitedAccount(tenant, limitedAccountId).map(c -> setup(tenant, c, limitedAccountId));
    }

    /** The payer of the agreed accounts of the account's limited customer: its export delivers to the account. */
    @Override
    @Transactional(readOnly = true)
    public Optional<AccountId> payerOf(CustomerAccount account) {
        UUID tenant = CurrentScope.requireTenant();
        return customerDAO.ofLimitedAccount(tenant, account.id())
            .map(c -> payersOf(memberDAO.membersOfCustomers(tenant, List.of(c.id()))))
            .filter(payers -> payers.size() == 1)
            .map(payers -> accountService.get(payers.get(0)).accountId());
    }

    /**
     * Makes the customer the limited customer of the MSP_LIMITED account (at most one per account), with the billing
     * view of its AWS Billing Conductor billing group where the MSP uses one (blank: a filter on the agreed accounts).
     */
    @Transactional
    public void link(UUID limitedAccountId, UUID customerId, int seenVersion, @Nullable String billingViewArn) {
        UUID tenant = CurrentScope.requireRoleInTenant(Roles.EDITORS);
        CustomerAccount account = accountService.get(limitedAccountId);
        if (account.method() != ConnectionMethod.MSP_LIMITED) {
            throw new InvalidInputException(null, "Only a limited customer account (connection method Limited customer"
                    + " account) gets its rows extracted from your payer.");
        }
        String view = billingViewArn == null || billingViewArn.isBlank() ? null : billingViewArn.strip();
        if (view != null && !BILLING_VIEW.matcher(view).matches()) {
            throw new InvalidInputException("billingViewArn", "\"" + view + "\" is no billing view ARN; copy it from"
                    + " AWS Billing Conductor (billing group, Billing view), e.g."
                    + " arn:aws:billing::123456789012:billingview/billing-group-0a1b2c3d, or leave it empty.");
        }
        customerDAO.ofLimitedAccount(tenant, limitedAccountId).filter(c -> !c.id().equals(customerId))
            .ifPresent(other -> unlink(tenant, other.id()));
        CustomerRecord r = customerDAO.find(tenant, customerId).orElseThrow(() -> new InvalidInputException("customer",
                "That customer no longer exists; choose another one."));
        r.setLimitedAccountId(limitedAccountId);
        r.setBillingViewArn(view);
        r.setUpdatedAt(OffsetDateTime.now());
        VersionedRows.store(r, seenVersion, "Customer " + r.getName());
    }

    /**
     * Creates the export in the MSP's payer through the payer's role (outside any transaction) and keeps its ARN.
     *
     * @throws InvalidInputException when the agreed accounts do not make an export yet, or AWS refuses
     */
    public String createExport(UUID limitedAccountId) {
        CurrentScope.requireRole(Roles.EDITORS);
        DatabaseScope scope = CurrentScope.get();
        LimitedSetup setup = setupOf(limitedAccountId).orElseThrow(() -> new InvalidInputException(null,
                "Link this account's customer first (Extraction from your payer)."));
        if (setup.definition() == null || setup.payer() == null) {
            throw new InvalidInputException(null, setup.problem());
        }
        String arn;
        try {
            arn = extraction.create(AccountChecks.connectionOf(setup.payer()), setup.definition());
        }
        catch (AwsProblem e) {
            throw new InvalidInputException(null, e.getMessage());
        }
        scoped.run(scope, () -> customerDAO.find(CurrentScope.requireTenant(), setup.customer().id()).ifPresent(r -> {
            r.setExportArn(arn);
            r.setUpdatedAt(OffsetDateTime.now());
            VersionedRows.store(r, r.getVersion(), "Customer " + r.getName());
        }));
        return arn;
    }

    /** The payer connection to check the export through, and the export it must match; for verification. */
    ConnectionUnderTest payerConnection(CustomerAccount payer) {
        return AccountChecks.connectionOf(payer);
    }

    private void unlink(UUID tenant, UUID customerId) {
        customerDAO.find(tenant, customerId).ifPresent(r -> {
            r.setLimitedAccountId(null);
            VersionedRows.store(r, r.getVersion(), "Customer " + r.getName());
        });
    }

    private static List<UUID> payersOf(List<PayerMember> agreed) {
        return agreed.stream().map(PayerMember::payerId).distinct().toList();
    }

    private LimitedSetup setup(UUID tenant, Customer customer, UUID limitedAccountId) {
        List<PayerMember> agreed = memberDAO.membersOfCustomers(tenant, List.of(customer.id()));
        List<UUID> payers = payersOf(agreed);
        if (agreed.isEmpty()) {
            return new LimitedSetup(customer, null, null, "Customer " + customer.name() + " has no agreed member"
                    + " accounts yet: group them into it on the payer's account page (Members).");
        }
        if (payers.size() > 1) {
            return new LimitedSetup(customer, null, null, "The agreed accounts of " + customer.name() + " are members"
                    + " of " + payers.size() + " payers; one export reads one payer: keep the customer's members in one.");
        }
        CustomerAccount payer = accountService.get(payers.get(0));
        ConnectionUnderTest target = AccountChecks.connectionOf(accountService.get(limitedAccountId));
        String prefix = target.prefix().keyPrefix().isEmpty() ? "payerlink" : target.prefix().keyPrefix()
            .replaceAll("/+$", "");
        ExportDefinition d = new ExportDefinition("payerlink-limited-" + target.accountId(),
                new TreeSet<>(agreed.stream().map(m -> m.accountId().value()).toList()), customer.billingViewArn(),
                target.bucket(), prefix, "us-east-1", target.accountId());
        return new LimitedSetup(customer, payer, d, "");
    }

}
