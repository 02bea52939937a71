package com.siyu.workbench.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains log entries: SHA-256 over the previous entry's hash and every field of this entry, including
 * its sequence number, so editing, deleting or reordering any row breaks the chain from that row on.
 */
public final class ChainHash {
    /** prev_hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(ActivityEntry e) {
        StringBuilder canonical = new StringBuilder(256)
                .append(e.seq()).append('\u001f')
                .append(e.occurredAt().toEpochMilli()).append('\u001f')
                .append(e.memberUserid()).append('\u001f')
                .append(e.action()).append('\u001f')
                .append(nullSafe(e.externalUserid())).append('\u001f')
                .append(nullSafe(e.taskId())).append('\u001f')
                .append(nullSafe(e.contentId())).append('\u001f')
                .append(e.contentVersion() == null ? "" : e.contentVersion()).append('\u001f')
                .append(nullSafe(e.detailsJson())).append('\u001f')
                .append(e.prevHash());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 unavailable", e1);
        }
    }

    private static String nullSafe(String text) {
        return text == null ? "\u0000" : text;
    }
}
