package com.siyu.workbench.store;

import java.nio.file.Path;

/**
 * The database file could not be opened. Carries the file and a reason the UI and CLI turn into a clear,
 * translated message (what happened, to which file, what to do) instead of a stack trace.
 */
public class DatabaseOpenException extends Exception {

    public enum Reason {
        /** Another process holds the file (a second workbench window, a running sync). */
        IN_USE,
        /** Not a SQLite database, or its pages are damaged. */
        CORRUPT,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** The schema was written by a newer version of the workbench. */
        NEWER_SCHEMA,
        /** Anything else: missing folder, disk full, I/O error. */
        CANNOT_OPEN
    }

    private final transient Path file;
    private final Reason reason;

    public DatabaseOpenException(Path file, Reason reason, Throwable cause) {
        super(reason + ": " + file, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** The i18n key of the message; the bundle text takes the file as argument {0}. */
    public String messageKey() {
        return "store.open." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
