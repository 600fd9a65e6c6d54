package com.payerlink.account.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of the S3 bucket the Cost and Usage Report is delivered to, under S3's general purpose
 * bucket naming rules. Each rule that a name breaks is explained on its own.
 */
public record BucketName(String value) {

    private static final int MIN = 3;
    private static final int MAX = 63;
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern S3_URL = Pattern.compile("(?i)s3://([^/]*)(/.*)?");
    private static final Pattern S3_ARN = Pattern.compile("arn:aws(-cn)?:s3:::([^/]*)(/.*)?");

    // Reserved beginnings and endings, each with the reason S3 reserves it; more specific first.
    private static final List<String[]> RESERVED_PREFIXES = List.of(
            new String[] {"sthree-configurator", "S3 reserves it"},
            new String[] {"sthree-", "S3 reserves it"},
            new String[] {"xn--", "S3 reserves it for internationalised domain names"},
            new String[] {"amzn-s3-demo-", "S3 reserves it for documentation examples"});
    private static final List<String[]> RESERVED_SUFFIXES = List.of(
            new String[] {"-s3alias", "S3 reserves it for access point aliases"},
            new String[] {"--ol-s3", "S3 reserves it for Object Lambda access point aliases"},
            new String[] {"--x-s3", "S3 reserves it for directory buckets"},
            new String[] {"--table-s3", "S3 reserves it for table buckets"});

    public BucketName {
        InvalidValueException.throwIfAny(problemWith(Objects.requireNonNull(value, "value")));
    }

    /**
     * Reads a bucket name as pasted from the CUR's delivery options. An {@code s3://} URL or S3 ARN is
     * refused with the bare name to use instead.
     *
     * @throws InvalidValueException naming the S3 naming rule the name breaks and how to fix it
     */
    public static BucketName parse(String raw) {
        return new BucketName(Inputs.trim(raw));
    }

    /** The bucket name the template uses when it creates the CUR bucket itself. */
    public static BucketName forAccount(AccountId accountId) {
        return new BucketName("payerlink-cur-" + accountId.value());
    }

    @Override
    public String toString() {
        return value;
    }

    // Long on purpose: S3's naming rules one after another, each with the message that names the rule broken.
    private static String problemWith(String name) {
        if (name.isEmpty()) {
            return "Bucket name is empty; enter the S3 bucket name from the report's delivery options,"
                    + " e.g. my-cur-reports.";
        }
        String pasted = pastedLocation(name);
        if (pasted != null) {
            return pasted;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-';
            if (!allowed) {
                String hint = c == '_' ? " (use a hyphen instead of the underscore)" : "";
                return subject(name) + " contains " + Inputs.describe(name.codePointAt(i)) + "; bucket names contain only"
                        + " lowercase letters, digits, dots and hyphens" + hint + ".";
            }
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            return subject(name) + " contains uppercase letters, which bucket names cannot have; use "
                    + name.toLowerCase(Locale.ROOT) + ".";
        }
        if (name.length() < MIN) {
            return subject(name) + " has " + name.length() + " characters; bucket names have 3 to 63.";
        }
        if (name.length() > MAX) {
            return subject(name) + " has " + name.length() + " characters; bucket names have 3 to 63, so shorten it.";
        }
        if (!isLetterOrDigit(name.charAt(0))) {
            return subject(name) + " begins with '" + name.charAt(0) + "'; bucket names begin with a letter or digit.";
        }
        if (!isLetterOrDigit(name.charAt(name.length() - 1))) {
            return subject(name) + " ends with '" + name.charAt(name.length() - 1) + "'; bucket names end with a letter or"
                    + " digit.";
        }
        if (name.contains("..")) {
            return subject(name) + " has two dots in a row; bucket names cannot, so remove the extra dot.";
        }
        if (name.indexOf('.') >= 0 && IP_ADDRESS.matcher(name).matches()) {
            return subject(name) + " is formatted as an IP address, which bucket names cannot be; choose a name with"
                    + " letters, e.g. cur-" + name.replace('.', '-') + ".";
        }
        for (String[] reserved : RESERVED_PREFIXES) {
            if (name.startsWith(reserved[0])) {
                return subject(name) + " starts with '" + reserved[0] + "', which " + reserved[1] + "; choose a name that"
                        + " does not start with " + reserved[0] + ".";
            }
        }
        for (String[] reserved : RESERVED_SUFFIXES) {
            if (name.endsWith(reserved[0])) {
                return subject(name) + " ends with '" + reserved[0] + "', which " + reserved[1] + "; choose a name that"
                        + " does not end with " + reserved[0] + ".";
            }
        }
        return null;
    }

    // People paste what the console shows them; point them at the bare name and the prefix field.
    private static String pastedLocation(String text) {
        if (text.indexOf('/') < 0 && text.indexOf(':') < 0) {
            return null; // neither a URL, an ARN nor a path: no regular expression for the usual bare name
        }
        var url = S3_URL.matcher(text);
        var arn = S3_ARN.matcher(text);
        String bucket;
        String rest;
        if (url.matches()) {
            bucket = url.group(1);
            rest = url.group(2);
        } else if (arn.matches()) {
            bucket = arn.group(2);
            rest = arn.group(3);
        } else if (text.contains("/")) {
            bucket = text.substring(0, text.indexOf('/'));
            rest = text.substring(text.indexOf('/'));
        } else {
            return null;
        }
        String prefix = rest == null ? "" : rest.replaceAll("^/+|/+$", "");
        String prefixHint = prefix.isEmpty() ? "" : ", and put " + prefix + " in the report prefix field";
        return "'" + text + "' is a location, not a bucket name; enter the bucket name only (" + bucket + ")"
                + prefixHint + ".";
    }

    private static String subject(String name) {
        return "Bucket name '" + name + "'";
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
