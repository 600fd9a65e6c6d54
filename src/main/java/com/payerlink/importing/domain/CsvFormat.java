package com.payerlink.importing.domain;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How an uploaded file is written: its character encoding (UTF-8 with or without BOM, UTF-16 with
 * BOM as Excel's "Unicode text", else Windows-1252) and its delimiter (comma, semicolon or tab),
 * recognised from the bytes. Files that are not text at all are refused with what they seem to be.
 *
 * @param skip how many bytes of byte-order mark precede the text
 */
record CsvFormat(Charset charset, String encodingLabel, int skip, char delimiter) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int SNIFF_BYTES = 64 * 1024;

    /** The delimiter's name in messages: "comma", "semicolon", "tab". */
    String delimiterName() {
        return switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }

    /**
     * Recognises the encoding and delimiter of the file.
     *
     * @throws ImportFileException for an empty file, or one that is not text (a spreadsheet, a PDF, an image…)
     */
    static CsvFormat of(byte[] bytes) {
        Charset charset;
        String label;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            label = "UTF-8 with BOM";
            skip = 3;
        }
        else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            label = "UTF-16 (Unicode text)";
            skip = 2;
        }
        else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            label = "UTF-16 (Unicode text)";
            skip = 2;
        }
        else {
            refuseBinary(bytes);
            if (isUtf8(bytes)) {
                charset = StandardCharsets.UTF_8;
                label = "UTF-8";
            }
            else {
                charset = WINDOWS_1252;
                label = "Windows-1252";
            }
        }
        String start = new String(bytes, skip, Math.min(bytes.length - skip, SNIFF_BYTES), charset);
        if (start.isBlank()) {
            throw new ImportFileException("The file is empty. Upload a CSV file with a header line (e.g. "
                    + "account_id,name) and one account per line below it; the template shows the format.");
        }
        return new CsvFormat(charset, label, skip, delimiterOf(firstLine(start)));
    }

    // The header line decides: the candidate that occurs most often outside quotes; a comma if none does.
    private static char delimiterOf(String headerLine) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : new char[] { ',', ';', '\t' }) {
            int count = countOutsideQuotes(headerLine, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char c) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            else if (ch == c && !quoted) {
                count++;
            }
        }
        return count;
    }

    // The first non-blank line, not counting line breaks inside quotes.
    private static String firstLine(String text) {
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            else if ((ch == '\n' || ch == '\r') && !quoted) {
                if (!text.substring(start, i).isBlank()) {
                    return text.substring(start, i);
                }
                start = i + 1;
            }
        }
        return text.substring(start);
    }

    private static void refuseBinary(byte[] bytes) {
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            throw new ImportFileException("This is an Excel workbook (.xlsx) or another zip file, not a CSV file."
                    + " In Excel choose File › Save As › \"CSV UTF-8 (Comma delimited)\" and upload that file.");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException("This is an old Excel workbook (.xls), not a CSV file. In Excel choose"
                    + " File › Save As › \"CSV UTF-8 (Comma delimited)\" and upload that file.");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw new ImportFileException("This is a PDF document, not a CSV file. Export the account list from"
                    + " your spreadsheet as CSV and upload that file.");
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                control = n;
                break;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 100 / n >= 1) {
            throw new ImportFileException("This file is not text, so it is not a CSV file (it may be an image, an"
                    + " archive or a spreadsheet workbook). Export the account list from your spreadsheet as CSV"
                    + " and upload that file.");
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    // Strict enough to tell UTF-8 from Windows-1252: every lead byte has its continuation bytes.
    private static boolean isUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            // most of a list is ASCII: eight bytes at a time while no byte has its high bit set
            while (i + 8 <= bytes.length && ((long) LONGS.get(bytes, i) & 0x8080_8080_8080_8080L) == 0) {
                i += 8;
            }
            if (i >= bytes.length) {
                break;
            }
            int b = bytes[i] & 0xFF;
            int continuation;
            if (b < 0x80) {
                continuation = 0;
            }
            else if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
            }
            else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
            }
            else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
            }
            else {
                return false;
            }
            if (i + continuation >= bytes.length && continuation > 0) {
                return false;
            }
            for (int k = 1; k <= continuation; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += continuation + 1;
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
