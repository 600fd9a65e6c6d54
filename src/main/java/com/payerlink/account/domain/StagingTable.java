package com.payerlink.account.domain;

import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.function.Function;

/**
 * A temporary table of the current transaction (dropped at its end), filled with PostgreSQL's {@code COPY}: the
 * fastest way in for many rows. {@code COPY} is refused on tables with row-level security, but not into a temporary
 * table; set-based {@code INSERT … SELECT} and {@code UPDATE … FROM} carry the rows on, with the policies in force.
 */
final class StagingTable {

    // bytes sent to the server per write: the rows are streamed, never held as one text
    private static final int BUFFER = 64 * 1024;

    private StagingTable() {
    }

    /**
     * Creates the temporary table {@code name} with the given column definitions and copies one row per element
     * into it; {@code cells} gives each element's cells in column order (null: SQL null). Must run in a transaction.
     *
     * @param joinedOn the columns a statement joins on (empty: none), which alone get the planner's statistics:
     *                 an {@code ANALYZE} of every column took as long as the {@code COPY} itself
     */
    static <T> void copy(DSLContext dsl, String name, String columns, String joinedOn, Iterable<T> rows,
            Function<T, String[]> cells) {
        dsl.connection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists pg_temp." + name);
                s.execute("create temporary table " + name + " (" + columns + ") on commit drop");
            }
            copyIn(c, name, rows.iterator(), cells);
            if (!joinedOn.isEmpty()) {
                try (Statement s = c.createStatement()) {
                    // the planner's row count and the key's distinct values for the join against it
                    s.execute("analyze " + name + " (" + joinedOn + ")");
                }
            }
        });
    }

    private static <T> void copyIn(Connection c, String name, Iterator<T> rows, Function<T, String[]> cells)
            throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + name + " from stdin");
        try {
            StringBuilder text = new StringBuilder(BUFFER + 4096);
            while (rows.hasNext()) {
                appendLine(text, cells.apply(rows.next()));
                if (text.length() >= BUFFER) {
                    write(in, text);
                }
            }
            write(in, text);
            in.endCopy();
        }
        finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    // COPY's text format: tab-separated, \N for null, backslash escapes
    static void appendLine(StringBuilder text, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            String cell = cells[i];
            if (cell == null) {
                text.append("\\N");
                continue;
            }
            if (plain(cell)) {
                text.append(cell);
                continue;
            }
            for (int k = 0; k < cell.length(); k++) {
                char ch = cell.charAt(k);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        }
        text.append('\n');
    }

    // nothing to escape (the usual cell): appended as it is
    private static boolean plain(String cell) {
        for (int k = 0; k < cell.length(); k++) {
            char ch = cell.charAt(k);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return false;
            }
        }
        return true;
    }

}
