package com.payerlink.account.domain;

/** Helpers shared by the value types' parse methods, and by readers of pasted or imported text. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Trims the text as a user means it: besides ordinary white space, also the non-breaking spaces,
     * zero-width spaces and byte-order marks that copy-paste and spreadsheet exports leave behind.
     */
    public static String trim(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isBlank(raw.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** Names a character so that a user can find it: "a space", "'_'", "an invisible character (U+00A0)". */
    static String describe(int codePoint) {
        if (codePoint == ' ') {
            return "a space";
        }
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || codePoint == 0xFEFF || codePoint == 0x200B) {
            return String.format("an invisible character (U+%04X)", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }
}
