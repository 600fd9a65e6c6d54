package com.payerlink.account.domain;

import com.payerlink.core.InvalidInputException;
import com.payerlink.db.tables.records.CustomerAccountRecord;

import java.util.List;

/**
 * What stays fixed about a connection: once registered, its AWS account (partition and account ID) never changes,
 * since its ExternalId and role were made for that account; and every role ARN it keeps belongs to its account.
 */
final class RegisteredConnectionRules {

    private RegisteredConnectionRules() {
    }

    /**
     * @param field "accountId" or "partition", the field the refusal names
     * @throws InvalidInputException when the connection is registered: another AWS account is a new account
     */
    static void requireSameKey(CustomerAccountRecord r, String field) {
        if (r.getRegisteredAt() == null) {
            return;
        }
        throw new InvalidInputException(field, "The connection of " + r.getName() + " is registered for "
                + r.getPartition().label() + " account " + r.getAccountId().value() + ", so its "
                + (field.equals("partition") ? "partition" : "account ID") + " can no longer change: its ExternalId"
                + " and role belong to that account. To connect another AWS account, add it with \"New account\".");
    }

    /**
     * Before the account's key changes to {@code partition}/{@code accountId}: drops the saved role ARNs that would
     * then belong to another account (they are not this account's role any more), noting it in {@code changes}.
     */
    static void dropRoleArnsOfAnotherAccount(CustomerAccountRecord r, Partition partition, AccountId accountId,
            HistoryChanges changes) {
        List<RoleArn> kept = r.getRoleArns().stream()
            .filter(arn -> arn.partition() == partition && arn.accountId().equals(accountId))
            .toList();
        if (kept.size() != r.getRoleArns().size()) {
            changes.add("Role ARNs (of another account now)", joined(r.getRoleArns()), joined(kept));
            r.setRoleArns(kept);
        }
    }

    static String joined(List<RoleArn> arns) {
        return String.join(", ", arns.stream().map(RoleArn::value).toList());
    }

}
