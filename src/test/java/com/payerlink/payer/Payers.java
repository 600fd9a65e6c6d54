package com.payerlink.payer;

import com.payerlink.IntegrationTest;
import com.payerlink.account.domain.AccountId;
import com.payerlink.account.domain.AccountService;
import com.payerlink.account.domain.ConnectionMethod;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Product;
import com.payerlink.core.security.Role;
import com.payerlink.TestAccounts;
import com.payerlink.payer.domain.Customer;
import com.payerlink.payer.domain.CustomerService;
import com.payerlink.payer.domain.LimitedExtractionService;
import com.payerlink.payer.domain.PayerMemberService;
import com.payerlink.tenant.domain.Tenant;
import com.payerlink.verification.AwsStub;
import com.payerlink.verification.RegisteredAccounts;
import com.payerlink.verification.domain.VerificationService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Payers for tests: a verified management connection, and the organization AWS lists for it. */
public final class Payers {

    private Payers() {
    }

    /** A DIRECT_MANAGEMENT payer with Organization Discovery that passed verification. */
    public static CustomerAccount verifiedPayer(AwsStub aws, AccountService accountService,
            VerificationService verificationService, Tenant t, int n) {
        RegisteredAccounts accounts = new RegisteredAccounts(accountService, t).allPass(aws);
        String payerId = RegisteredAccounts.awsId(n);
        aws.organization(payerId);
        CustomerAccount payer = accounts.register(payerId, "Payer " + n, ConnectionMethod.DIRECT_MANAGEMENT,
                Set.of(Product.COST_ANALYTICS, Product.ORGANIZATION_DISCOVERY));
        accounts.awaitLatestRun(verificationService, payer.id());
        return payer;
    }

    /** A verified payer whose organization (members {@code first} on, {@code count} of them) was synced once. */
    public static CustomerAccount syncedPayer(AwsStub aws, AccountService accountService,
            VerificationService verificationService, PayerMemberService members, Tenant t, int n, int first, int count) {
        CustomerAccount payer = verifiedPayer(aws, accountService, verificationService, t, n);
        organizationOf(aws, payer, first, count);
        IntegrationTest.as(t, Role.OPERATOR, () -> members.sync(payer.id()));
        return payer;
    }

    /**
     * A limited customer "Limited Co" agreed on the payer's members {@code first} and {@code first + 1}, and its
     * MSP_LIMITED account (steps 1-6 saved) linked to it.
     */
    public static CustomerAccount limitedAccount(AccountService accountService, PayerMemberService members,
            CustomerService customers, LimitedExtractionService limited, Tenant t, CustomerAccount payer, int first,
            String awsId) {
        Customer limitedCo = IntegrationTest.as(t, Role.OPERATOR, () -> customers.create("Limited Co", ""));
        IntegrationTest.as(t, Role.OPERATOR, () -> members.group(payer.id(), List.of(member(first), member(first + 1)),
                limitedCo.id()));
        CustomerAccount account = TestAccounts.complete(accountService, t, TestAccounts.create(accountService, t,
                awsId, "Limited Co account", ConnectionMethod.MSP_LIMITED, ""));
        IntegrationTest.as(t, Role.OPERATOR, () -> limited.link(account.id(), limitedCo.id(), limitedCo.version(), null));
        return account;
    }

    /** Organizations lists the payer and {@code count} members from {@code first} on, in pages of 20. */
    public static void organizationOf(AwsStub aws, CustomerAccount payer, int first, int count) {
        List<String> idsAndNames = new ArrayList<>(List.of(payer.accountId().value(), payer.name()));
        for (int i = first; i < first + count; i++) {
            idsAndNames.add(member(i).value());
            idsAndNames.add("Member " + i);
        }
        aws.linkedAccounts(20, idsAndNames.toArray(String[]::new));
    }

    /** The i-th member account ID of the test organizations. */
    public static AccountId member(int i) {
        return new AccountId(String.format("%012d", 700_000_000_000L + i));
    }

}
