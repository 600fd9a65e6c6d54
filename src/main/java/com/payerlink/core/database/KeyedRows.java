package com.payerlink.core.database;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;

/**
 * Tables that keep at most one row per key (a user's preferences, a tenant's requirement, a payer's last sync): the
 * row is written whether or not it exists yet, in one statement, so two writers never both insert.
 */
public final class KeyedRows {

    private KeyedRows() {
    }

    /**
     * Inserts the record's set fields as the key's row or, where the key has its row already, writes the same fields
     * over it; {@code stamped} becomes the statement's time either way.
     */
    public static <R extends TableRecord<R>> void put(DSLContext dsl, R row, TableField<R, ?> key,
            TableField<R, OffsetDateTime> stamped) {
        dsl.insertInto(row.getTable()).set(row).set(stamped, DSL.currentOffsetDateTime())
            .onConflict(key).doUpdate().set(row).set(stamped, DSL.currentOffsetDateTime())
            .execute();
    }

}
