package com.payerlink.account.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An AWS region code such as {@code us-east-1}. {@link #parse} checks the shape only;
 * {@link #forCurBucket} also applies the wizard's rule that the CUR bucket must be in a region
 * whose opt-in status is "Not required".
 */
public record AwsRegion(String code) {

    private static final Pattern SHAPE = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-\\d");
    private static final Pattern AVAILABILITY_ZONE = Pattern.compile("([a-z]{2}(-gov)?-[a-z]+-\\d)[a-z]");

    // Commercial regions whose opt-in status is "Not required", recommended (us-east-1) first.
    private static final Map<String, String> COMMERCIAL_NOT_REQUIRED = names(
            "us-east-1", "US East (N. Virginia)",
            "us-east-2", "US East (Ohio)",
            "us-west-1", "US West (N. California)",
            "us-west-2", "US West (Oregon)",
            "ca-central-1", "Canada (Central)",
            "sa-east-1", "South America (São Paulo)",
            "eu-west-1", "Europe (Ireland)",
            "eu-west-2", "Europe (London)",
            "eu-west-3", "Europe (Paris)",
            "eu-central-1", "Europe (Frankfurt)",
            "eu-north-1", "Europe (Stockholm)",
            "ap-south-1", "Asia Pacific (Mumbai)",
            "ap-northeast-1", "Asia Pacific (Tokyo)",
            "ap-northeast-2", "Asia Pacific (Seoul)",
            "ap-northeast-3", "Asia Pacific (Osaka)",
            "ap-southeast-1", "Asia Pacific (Singapore)",
            "ap-southeast-2", "Asia Pacific (Sydney)");

    // AWS China regions, recommended (cn-northwest-1, where the CUR API lives) first.
    private static final Map<String, String> CHINA = names(
            "cn-northwest-1", "China (Ningxia)",
            "cn-north-1", "China (Beijing)");

    // Opt-in commercial regions, only to say "needs opt-in" with certainty rather than "not known".
    private static final Set<String> COMMERCIAL_NEEDS_OPT_IN = Set.of(
            "af-south-1", "ap-east-1", "ap-east-2", "ap-south-2", "ap-southeast-3", "ap-southeast-4",
            "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-west-1", "eu-central-2", "eu-south-1",
            "eu-south-2", "il-central-1", "me-central-1", "me-south-1", "mx-central-1");

    public AwsRegion {
        Objects.requireNonNull(code, "code");
        if (!SHAPE.matcher(code).matches()) {
            throw new InvalidValueException(problemWith(code));
        }
    }

    /**
     * Reads a region code such as {@code us-east-1} (any case; kept in lower case). Only the shape is
     * checked: two letters, an optional {@code -gov}, a word and a digit.
     *
     * @throws InvalidValueException if the text is not shaped like a region code (for an
     *                               Availability Zone such as us-east-1a the message names its region)
     */
    public static AwsRegion parse(String raw) {
        return new AwsRegion(Inputs.trim(raw).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the region of the account's CUR bucket: it must belong to the account's partition and
     * have opt-in status "Not required". Regions Payerlink does not know are refused like opt-in
     * regions, since every region AWS has added since 2019 needs opt-in.
     *
     * @throws InvalidValueException saying why the region is refused and which one to use instead
     */
    public static AwsRegion forCurBucket(String raw, Partition partition) {
        Objects.requireNonNull(partition, "partition");
        AwsRegion region = parse(raw);
        String recommended = recommended(partition).code;
        String rule = "; the CUR bucket must be in a region whose opt-in status is 'Not required', "
                + recommended + " recommended.";
        if (region.isGovCloud()) {
            throw new InvalidValueException(region.code + " is an AWS GovCloud (US) region, which Payerlink does not"
                    + " support" + rule);
        }
        if (partition == Partition.AWS && region.isChina()) {
            throw new InvalidValueException(region.code + " is an AWS China region, but this account is in AWS;"
                    + " the CUR bucket must be in an AWS region whose opt-in status is 'Not required', "
                    + recommended + " recommended (or change the account's partition to AWS China in step 1).");
        }
        if (partition == Partition.AWS_CN && !region.isChina()) {
            throw new InvalidValueException(region.code + " is not an AWS China region, but this account is in AWS"
                    + " China; the CUR bucket must be in cn-northwest-1 or cn-north-1, " + recommended
                    + " recommended (or change the account's partition to AWS in step 1).");
        }
        if (!known(partition).containsKey(region.code)) {
            if (partition == Partition.AWS && COMMERCIAL_NEEDS_OPT_IN.contains(region.code)) {
                throw new InvalidValueException(region.code + " needs opt-in" + rule);
            }
            throw new InvalidValueException(region.code + " is not a region known to have opt-in status 'Not required'"
                    + " (newer regions need opt-in)" + rule);
        }
        return region;
    }

    /** The regions a CUR bucket may be in for this partition, the recommended one first. */
    public static List<AwsRegion> allowedForCurBucket(Partition partition) {
        return known(partition).keySet().stream().map(AwsRegion::new).toList();
    }

    /** The region the wizard recommends for the CUR bucket: us-east-1, or cn-northwest-1 in China. */
    public static AwsRegion recommended(Partition partition) {
        return partition.homeRegion();
    }

    /** True for cn-north-1, cn-northwest-1 and any other {@code cn-} region. */
    public boolean isChina() {
        return code.startsWith("cn-");
    }

    /** True for AWS GovCloud (US) regions, which are outside both supported partitions. */
    public boolean isGovCloud() {
        return code.startsWith("us-gov-");
    }

    /** The region's name as the AWS console shows it, e.g. "US East (N. Virginia)", if Payerlink knows it. */
    public Optional<String> displayName() {
        String name = COMMERCIAL_NOT_REQUIRED.get(code);
        return Optional.ofNullable(name != null ? name : CHINA.get(code));
    }

    /** The region code, e.g. {@code us-east-1}. */
    public String value() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    private static Map<String, String> known(Partition partition) {
        return partition == Partition.AWS_CN ? CHINA : COMMERCIAL_NOT_REQUIRED;
    }

    private static String problemWith(String code) {
        if (code.isEmpty()) {
            return "Region is empty; enter a region code such as us-east-1.";
        }
        var zone = AVAILABILITY_ZONE.matcher(code);
        if (zone.matches()) {
            return code + " is an Availability Zone, not a region; enter its region, " + zone.group(1) + ".";
        }
        return "'" + code + "' is not a region code; enter one shaped like us-east-1 (the code, not the name"
                + " shown in the console such as 'US East (N. Virginia)').";
    }

    private static Map<String, String> names(String... codesAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            map.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
