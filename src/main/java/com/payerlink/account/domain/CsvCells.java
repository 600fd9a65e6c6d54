package com.payerlink.account.domain;

/** Writes CSV cells that are safe to open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /** One CSV line (CRLF-terminated) of the given cells. */
    public static String of(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    /**
     * Quotes when needed, and neutralises text a spreadsheet would run as a formula (leading =, +, -, @,
     * tab or CR) with a leading apostrophe.
     */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(";")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

}
