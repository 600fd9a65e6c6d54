package com.payerlink.account.domain;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * The S3 key prefix under which the Cost and Usage Report is delivered; empty means no prefix.
 * Canonical form: no leading slash, no trailing slash ({@code reports/cur/} becomes {@code reports/cur}).
 * Besides "no spaces" and "at most 256 characters", the characters are those the CUR API accepts
 * for a prefix (letters, digits, {@code ! - _ . * ' ( ) /}), so a created report cannot fail on it.
 */
public record ReportPrefix(String value) {

    private static final int MAX = 256;
    private static final ReportPrefix NONE = new ReportPrefix("");

    public ReportPrefix {
        InvalidValueException.throwIfAny(problemWith(Objects.requireNonNull(value, "value")));
    }

    /**
     * Reads a report prefix as typed. Blank means no prefix; trailing slashes are dropped.
     *
     * @throws InvalidValueException for a leading slash, a space, two slashes in a row, a character
     *                               the CUR API does not accept, or more than 256 characters
     */
    public static ReportPrefix parse(String raw) {
        String text = Inputs.trim(raw);
        if (text.startsWith("/")) {
            String fixed = text.replaceAll("^/+|/+$", "");
            throw new InvalidValueException("Report prefix '" + text + "' starts with a slash; remove the leading"
                    + " slash" + (fixed.isEmpty() ? " (leave the field empty for no prefix)." : ": " + fixed + "."));
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return new ReportPrefix(text.substring(0, end));
    }

    /** No prefix: reports are delivered at the top of the bucket. */
    public static ReportPrefix none() {
        return NONE;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** The prefix as the start of an S3 key: {@code reports/cur/}, or empty for no prefix. */
    public String keyPrefix() {
        return value.isEmpty() ? "" : value + "/";
    }

    @Override
    public String toString() {
        return value;
    }

    private static @Nullable String problemWith(String value) {
        if (value.isEmpty()) {
            return null;
        }
        String subject = "Report prefix '" + value + "'";
        if (value.length() > MAX) {
            return subject + " has " + value.length() + " characters; the maximum is 256, so shorten it.";
        }
        if (value.startsWith("/")) {
            return subject + " starts with a slash; remove the leading slash.";
        }
        if (value.endsWith("/")) {
            return subject + " ends with a slash; remove the trailing slash.";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return subject + " contains " + Inputs.describe(value.codePointAt(i)) + "; prefixes cannot contain"
                        + " spaces, so remove it or use a hyphen.";
            }
            if (c != '/' && !CurReportName.isAllowed(c)) {
                return subject + " contains " + Inputs.describe(value.codePointAt(i)) + "; a report prefix may"
                        + " contain only letters, digits, slashes and the characters ! - _ . * ' ( ).";
            }
        }
        if (value.contains("//")) {
            return subject + " has two slashes in a row; remove the extra slash.";
        }
        return null;
    }
}
