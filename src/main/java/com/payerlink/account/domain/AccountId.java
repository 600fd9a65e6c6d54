package com.payerlink.account.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 12-digit AWS account ID, kept as text because leading zeros are part of it.
 */
public record AccountId(String value) {

    private static final int LENGTH = 12;
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    // What Excel makes of a long number: 1.23457E+11 (a comma decimal in European locales).
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d+");
    // What a spreadsheet makes of a number formatted with decimals: 123456789012.0
    private static final Pattern DECIMAL = Pattern.compile("(\\d+)[.,]0+");
    // How the AWS console shows an account ID (1234-5678-9012), or digits grouped by hand.
    private static final Pattern SEPARATORS = Pattern.compile("[- ]");
    // What a paste from the console may carry between the digits: hyphens, dashes, any (non-breaking) space.
    private static final Pattern CONSOLE_SEPARATORS = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\-\\u2010-\\u2015]");

    public AccountId {
        Objects.requireNonNull(value, "value");
        if (!isTwelveDigits(value)) {
            throw new InvalidValueException(problemWith(value));
        }
    }

    // \\d{12} without a regular expression (an import reads 100,000 at a time)
    private static boolean isTwelveDigits(String value) {
        if (value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads an account ID as typed or imported. Surrounding spaces are ignored; everything else
     * must be exactly 12 digits.
     *
     * @throws InvalidValueException naming the problem (too few digits, spreadsheet notation,
     *                               non-digits) and the fix
     */
    public static AccountId parse(String raw) {
        return new AccountId(Inputs.trim(raw));
    }

    /**
     * Reads an account ID as a person pastes it from the AWS console, which shows it grouped
     * ({@code 4455-6677-8899}), or with spaces: hyphens, dashes and any white space between the 12 digits
     * are dropped. Anything else is read as {@link #parse} reads it, with its messages.
     */
    public static AccountId parseAsShown(String raw) {
        String digits = raw == null ? "" : CONSOLE_SEPARATORS.matcher(raw).replaceAll("");
        return isTwelveDigits(digits) ? new AccountId(digits) : parse(raw);
    }

    /**
     * The zero-padded 12-digit account ID for an input of 1 to 11 digits, which is what a
     * spreadsheet leaves of an ID that started with zeros. Empty for anything else, including a
     * valid 12-digit ID (there is nothing to pad), so a caller can tell that it repaired the value.
     */
    public static Optional<AccountId> padded(String raw) {
        String text = Inputs.trim(raw);
        if (!DIGITS.matcher(text).matches() || text.length() >= LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new AccountId("0".repeat(LENGTH - text.length()) + text));
    }

    private static String problemWith(String text) {
        if (text.isEmpty()) {
            return "Account ID is empty; enter the 12-digit AWS account ID, e.g. 012345678901.";
        }
        if (SCIENTIFIC.matcher(text).matches()) {
            return "Account ID " + text + " is in scientific notation: a spreadsheet turned the ID into a number"
                    + " and lost digits that cannot be recovered; format the column as text, re-export the file"
                    + " and enter the full 12-digit ID.";
        }
        var decimal = DECIMAL.matcher(text);
        if (decimal.matches()) {
            return "Account ID " + text + " has a decimal part, so a spreadsheet stored it as a number;"
                    + " format the column as text and enter the 12 digits only, e.g. "
                    + suggestion(decimal.group(1)) + ".";
        }
        String withoutSeparators = SEPARATORS.matcher(text).replaceAll("");
        if (!withoutSeparators.equals(text) && TWELVE_DIGITS.matcher(withoutSeparators).matches()) {
            return "Account ID " + text + " contains separators (as the AWS console shows it); enter the 12 digits"
                    + " without them: " + withoutSeparators + ".";
        }
        if (!DIGITS.matcher(text).matches()) {
            int bad = firstNonDigit(text);
            return "Account ID " + text + " contains " + Inputs.describe(text.codePointAt(bad))
                    + ", which is not a digit; AWS account IDs are exactly 12 digits (0-9), e.g. 012345678901.";
        }
        if (text.length() < LENGTH) {
            String lost = text.length() == LENGTH - 1 ? "a leading zero" : "leading zeros";
            return "Account ID " + text + " has " + text.length() + " digits; AWS account IDs have exactly 12."
                    + " If a spreadsheet dropped " + lost + ", use " + suggestion(text) + ".";
        }
        return "Account ID " + text + " has " + text.length() + " digits; AWS account IDs have exactly 12."
                + " Check for an extra or repeated digit.";
    }

    private static String suggestion(String digits) {
        return digits.length() >= LENGTH ? digits : "0".repeat(LENGTH - digits.length()) + digits;
    }

    private static int firstNonDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return i;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
