package com.siyu.workbench.store;

import com.siyu.workbench.store.DatabaseOpenException.Reason;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Maps the failure of opening or migrating a SQLite file to a reason a person can act on. */
final class OpenFailureClassifier {
    private OpenFailureClassifier() {
    }

    static Reason classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return fromCode(sqlite.getResultCode());
            }
            String text = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (text.contains("not a database") || text.contains("malformed")) {
                return Reason.CORRUPT;
            }
            if (text.contains("readonly") || text.contains("read-only") || text.contains("read only")) {
                return Reason.READ_ONLY;
            }
            if (text.contains("database is locked") || text.contains("busy")) {
                return Reason.IN_USE;
            }
        }
        return Reason.CANNOT_OPEN;
    }

    private static Reason fromCode(SQLiteErrorCode code) {
        if (code == null) {
            return Reason.CANNOT_OPEN;
        }
        return switch (code.code & 0xff) {  // primary result code; extended codes share the low byte
            case 5, 6 -> Reason.IN_USE;        // SQLITE_BUSY, SQLITE_LOCKED
            case 11, 26 -> Reason.CORRUPT;     // SQLITE_CORRUPT, SQLITE_NOTADB
            case 8, 3 -> Reason.READ_ONLY;     // SQLITE_READONLY, SQLITE_PERM
            default -> Reason.CANNOT_OPEN;
        };
    }
}
