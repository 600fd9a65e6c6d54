package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.experimental.Accessors;
import lombok.RequiredArgsConstructor;
import java.util.Locale;

/**
 * The AWS partition an account lives in. It decides ARN prefixes, console hosts, regions and
 * endpoints for every later step of the wizard.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Partition {

    AWS("aws", "AWS", "console.aws.amazon.com", "us-east-1"),
    AWS_CN("aws-cn", "AWS China", "console.amazonaws.cn", "cn-northwest-1");

    /** The partition id used in ARNs: {@code aws} or {@code aws-cn}. */
    private final String id;
    /** What the UI shows: "AWS" or "AWS China". */
    private final String label;
    /** Host of the AWS management console for this partition. */
    private final String consoleHost;
    // Kept as text: building an AwsRegion here would tie the two classes' static initialisation together.
    @Getter(AccessLevel.NONE)
    private final String homeRegionCode;

    /**
     * Reads a partition as typed in a form or a CSV cell: its id ({@code aws}, {@code aws-cn}),
     * its enum name ({@code AWS_CN}) or its label ({@code AWS China}), ignoring case.
     *
     * @throws InvalidValueException if the text names no supported partition
     */
    public static Partition parse(String raw) {
        String text = Inputs.trim(raw);
        if (text.isEmpty()) {
            throw new InvalidValueException(
                    "Partition is empty; enter aws for AWS (commercial) or aws-cn for AWS China.");
        }
        for (Partition p : values()) {
            if (p.id.equalsIgnoreCase(text) || p.name().equalsIgnoreCase(text) || p.label.equalsIgnoreCase(text)) {
                return p;
            }
        }
        String hint = text.toLowerCase(Locale.ROOT).contains("gov")
                ? " AWS GovCloud (aws-us-gov) is not supported."
                : "";
        throw new InvalidValueException("Partition '" + text + "' is not supported; enter aws for AWS (commercial)"
                + " or aws-cn for AWS China." + hint);
    }

    /** The region for quick-create stacks and the legacy CUR API: us-east-1, or cn-northwest-1 in China. */
    public AwsRegion homeRegion() {
        return AwsRegion.parse(homeRegionCode);
    }

    /** The start of every ARN in this partition: {@code arn:aws} or {@code arn:aws-cn}. */
    public String arnPrefix() {
        return "arn:" + id;
    }

    @Override
    public String toString() {
        return id;
    }
}
