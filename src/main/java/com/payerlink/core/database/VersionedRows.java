package com.payerlink.core.database;

import com.payerlink.core.ConcurrentChangeException;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The portal's one optimistic-locking path. A write of a row with a {@code version} column names the
 * version its caller saw and uses an explicit {@code where version = ?}, raising the version by one;
 * a write that finds another version becomes {@link ConcurrentChangeException} here and nowhere else.
 * Explicit conditions rather than jOOQ's {@code executeWithOptimisticLocking}: they work the same for
 * set-based updates (an import updates thousands of rows in one statement), which jOOQ's
 * record-at-a-time locking cannot check.
 */
public final class VersionedRows {

    /** The column every versioned table has. */
    public static final String VERSION = "version";

    private VersionedRows() {
    }

    /**
     * Writes the record's changed fields if its row is still at {@code seenVersion}, and raises the version.
     *
     * @param what names the row for the user, e.g. "Account Acme"
     * @throws ConcurrentChangeException if someone else changed (or removed) the row since the caller saw it;
     *                                   then nothing is written
     */
    public static <R extends UpdatableRecord<R>> void store(R record, int seenVersion, String what) {
        Table<R> table = record.getTable();
        Field<Integer> version = versionOf(table);
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            if (record.changed(field) && !field.getName().equals(VERSION)) {
                changes.put(table.field(field), record.get(field));
            }
        }
        changes.put(version, seenVersion + 1);
        int updated = record.configuration().dsl().update(table).set(changes)
            .where(keyOf(record)).and(version.eq(seenVersion))
            .execute();
        requireWritten(updated, 1, what);
        record.set(version, seenVersion + 1);
        record.changed(false);
    }

    /**
     * Deletes the record's row if it is still at {@code seenVersion}.
     *
     * @throws ConcurrentChangeException if someone else changed (or removed) the row since the caller saw it
     */
    public static <R extends UpdatableRecord<R>> void delete(R record, int seenVersion, String what) {
        Table<R> table = record.getTable();
        int deleted = record.configuration().dsl().deleteFrom(table)
            .where(keyOf(record)).and(versionOf(table).eq(seenVersion))
            .execute();
        requireWritten(deleted, 1, what);
    }

    /**
     * For set-based writes with their own {@code where version = ?}: fewer rows written than expected means
     * someone changed some of them meanwhile.
     *
     * @throws ConcurrentChangeException if {@code written != expected}
     */
    public static void requireWritten(int written, int expected, String what) {
        if (written != expected) {
            throw new ConcurrentChangeException(what);
        }
    }

    @SuppressWarnings("unchecked")
    private static Field<Integer> versionOf(Table<?> table) {
        Field<?> version = table.field(VERSION);
        if (version == null || version.getType() != Integer.class) {
            throw new IllegalArgumentException(table.getName() + " has no integer version column");
        }
        return (Field<Integer>) version;
    }

    @SuppressWarnings("unchecked")
    private static Condition keyOf(UpdatableRecord<?> record) {
        Condition key = DSL.noCondition();
        for (TableField<?, ?> field : record.getTable().getPrimaryKey().getFields()) {
            key = key.and(((Field<Object>) field).eq(record.original(field)));
        }
        return key;
    }

}
