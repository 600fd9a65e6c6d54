package com.payerlink.verification.aws;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.sts.model.Credentials;

/** For a management account: the role can read the organization, and the account is its management account. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrganizationCheck {

    private final AwsClients aws;

    Check check(ConnectionUnderTest c, Credentials role) {
        try {
            Organization org = aws.in(c.partition()).organizations()
                .describeOrganization(r -> r.overrideConfiguration(AwsClients.as(role))).organization();
            if (!c.accountId().equals(org.masterAccountId())) {
                return Check.warn(CheckCode.NOT_MANAGEMENT_ACCOUNT, "Account " + c.accountId() + " is a member of"
                        + " organization " + org.id() + ", whose management account is " + org.masterAccountId() + ".",
                        "Connect the management account " + org.masterAccountId() + " as a Direct management account,"
                                + " or change this account's connection method in step 2.");
            }
            return Check.pass(CheckCode.ORGANIZATION_READ, "The role can read organization " + org.id()
                    + ", which this account manages; its linked accounts can be listed.");
        }
        catch (AwsOrganizationsNotInUseException e) {
            return Check.warn(CheckCode.ORGANIZATION_NOT_IN_USE, "Account " + c.accountId() + " is not in an"
                    + " organization, so it has no linked accounts to list.",
                    "Nothing to do if it stands alone; else connect it with the method that fits (step 2).");
        }
        catch (SdkException e) {
            if (AwsErrors.isAccessDenied(e)) {
                return Check.warn(CheckCode.ORGANIZATION_ACCESS_DENIED, "The role may not read the organization"
                        + " (organizations:DescribeOrganization was denied), so linked accounts cannot be listed.",
                        "Allow the role organizations:DescribeOrganization and organizations:ListAccounts."
                                + AwsErrors.TEMPLATE_FIX);
            }
            return AwsErrors.otherFailure(CheckCode.ORGANIZATION_READ, "organizations:DescribeOrganization", e);
        }
    }

}
