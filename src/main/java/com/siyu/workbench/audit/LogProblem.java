package com.siyu.workbench.audit;

import java.util.Locale;

/** Why the activity log's hash chain does not hold, as named by {@link LogVerifier}. */
public enum LogProblem {
    /** The entry's contents (or the entry before it, re-hashed) no longer match what was chained. */
    EDITED,
    /** The entry with this seq is missing. */
    DELETED,
    /** A genuine entry sits at the wrong place in the chain (rows swapped or moved). */
    REORDERED,
    /** The entry was never part of the chain: it was slipped in. */
    INSERTED,
    /** Entries were cut off the end: the recorded head (or a checkpoint) names entries that are gone. */
    TRUNCATED,
    /** The chain was rebuilt up to a checkpoint kept outside the file: the entry there has another hash now. */
    REWRITTEN;

    /** The name used in the CLI's JSON and in i18n keys. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
