package com.payerlink.verification.aws;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.model.Account;

import java.util.Comparator;
import java.util.List;

/** Lists the accounts of a management account's organization, as its assumed role. */
@Component
@RequiredArgsConstructor
public class OrganizationReader {

    private final AwsClients aws;

    /**
     * Every account of the organization (all pages), sorted by name; the management account included.
     *
     * @throws AwsProblem saying what went wrong in the operator's words
     */
    public List<LinkedAccount> linkedAccounts(ConnectionUnderTest management) {
        if (aws.platformIdentityProblem(management.partition()).isPresent()) {
            // not the SDK's "Unable to load credentials from any of the providers…": what it means, and who fixes it
            // (in AWS China its own identity, never the commercial one)
            Check missing = ConnectionChecker.identityMissing(management.partition());
            throw new AwsProblem(missing.message() + " " + missing.fix());
        }
        try {
            var role = aws.assume(management, false);
            return aws.in(management.partition()).organizations()
                .listAccountsPaginator(r -> r.overrideConfiguration(AwsClients.as(role)))
                .stream().flatMap(page -> page.accounts().stream())
                .map(OrganizationReader::toLinked)
                .sorted(Comparator.comparing(LinkedAccount::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        }
        catch (SdkException e) {
            if (AwsErrors.isAccessDenied(e)) {
                throw new AwsProblem("The role of " + management.accountId() + " may not list the organization's"
                        + " accounts (organizations:ListAccounts was denied, or the role could not be assumed)."
                        + " Verify the account to see which.");
            }
            if (AwsErrors.isThrottled(e)) {
                throw new AwsProblem("AWS is throttling requests at the moment; try again in a few minutes.");
            }
            throw new AwsProblem("AWS did not list the organization's accounts: " + e.getMessage());
        }
    }

    private static LinkedAccount toLinked(Account a) {
        return new LinkedAccount(a.id(), a.name() == null ? a.id() : a.name(), a.email(), a.statusAsString());
    }

}
