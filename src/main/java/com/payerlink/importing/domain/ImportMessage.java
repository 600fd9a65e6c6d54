package com.payerlink.importing.domain;

/**
 * What is wrong with one cell (or a whole line, when column is null) of an uploaded file.
 *
 * @param line   the file's line number, counting from 1 with the header (a quoted value may span lines;
 *               this is the line it starts on)
 * @param column the header of the column as the file names it, or null
 * @param value  the cell as read, or null
 */
public record ImportMessage(long line, String column, String value, String message) {

    /** "Line 7, column Account ID: …". */
    public String describe() {
        return "Line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }

}
