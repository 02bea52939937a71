package com.siyu.workbench.sync;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * A bigger SQLite page cache on the writer connection while a step bulk-writes relations. Customer ids are random,
 * so every page of relations lands all over the contacts / follows / follow_tags indexes; with SQLite's default
 * 2 MB cache most of those index pages are read again and re-written to the WAL on every commit. 64 MB (native
 * memory, taken only as it is used) roughly halves the CPU of a full sync; the previous size is restored after.
 */
final class WriterCache {
    static final int BULK_KIB = 64 * 1024;

    private WriterCache() {
    }

    static <T> T enlarged(Database db, Supplier<T> work) {
        long previous = db.inTransaction(c -> {
            long size = Sql.queryLong(c, "PRAGMA cache_size");
            set(c, -BULK_KIB);
            return size;
        });
        try {
            return work.get();
        } finally {
            db.write(c -> set(c, previous));
        }
    }

    private static void set(Connection c, long size) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute("PRAGMA cache_size = " + size); // a number we read or chose: no outside input
        }
    }
}
