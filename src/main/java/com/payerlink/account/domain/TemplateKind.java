package com.payerlink.account.domain;

/**
 * Which of the two published templates: one account's own stack, or the StackSet that a management account deploys
 * to its organization's member accounts (each member's role demands the management account's ExternalId followed by
 * {@code -<member account ID>}).
 */
public enum TemplateKind {

    ACCOUNT("payerlink-%s.yaml"),
    STACKSET("payerlink-%s-stackset.yaml");

    private final String fileName;

    TemplateKind(String fileName) {
        this.fileName = fileName;
    }

    /** The published file's name for the partition, e.g. {@code payerlink-aws.yaml}. */
    public String fileName(Partition partition) {
        return fileName.formatted(partition.id());
    }

    /** The ExternalId a member account's role demands when the StackSet of its management account made it. */
    public static ExternalId memberExternalId(ExternalId management, AccountId member) {
        return ExternalId.parse(management.value() + "-" + member.value());
    }

}
