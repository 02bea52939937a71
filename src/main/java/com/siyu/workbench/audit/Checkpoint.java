package com.siyu.workbench.audit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A (seq, hash) pair of the log noted somewhere the log's own file cannot change (a lead's notebook, an e-mail, a
 * ticket). Anyone able to drop the triggers can rebuild the whole chain with fresh hashes — the hash is not keyed —
 * so only a checkpoint kept elsewhere shows that entries up to it were rewritten or that the tail was cut.
 */
public record Checkpoint(long seq, String hash) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Checkpoint {
        if (seq < 1) {
            throw new IllegalArgumentException("checkpoint seq must be at least 1: " + seq);
        }
        hash = hash.strip().toLowerCase(Locale.ROOT);
        if (!HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("checkpoint hash must be 64 hex digits");
        }
    }

    /** Parses {@code SEQ:HASH}, the form {@code audit verify} prints as {@code checkpoint}. */
    public static Checkpoint parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("checkpoint must look like SEQ:HASH");
        }
        try {
            return new Checkpoint(Long.parseLong(text.substring(0, colon).strip()), text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("checkpoint seq is not a number: " + text.substring(0, colon), e);
        }
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
