package com.siyu.workbench.queue.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Deterministic task ids: the same member, contact, rule, sequence start and step always give the same id, so
 * generating twice (or after a crash, or on two days for a moved task) never duplicates a task.
 */
public final class TaskIds {
    /** The rule key of the built-in greet-and-tag task every new contact gets. */
    public static final String GREET = "builtin:greet";

    /** getInstance looks the algorithm up through the security providers each time: keep one per thread. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    });

    private TaskIds() {
    }

    public static String of(String member, String contact, String ruleId, LocalDate sequenceStart, int step) {
        String key = member + '\u001f' + contact + '\u001f' + ruleId + '\u001f' + sequenceStart + '\u001f' + step;
        byte[] hash = SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return "t-" + HexFormat.of().formatHex(hash, 0, 10);
    }
}
