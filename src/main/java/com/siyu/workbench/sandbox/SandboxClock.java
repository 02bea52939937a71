package com.siyu.workbench.sandbox;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * The sandbox's "now" in epoch seconds: the configured clock plus however far {@code advance} has moved it. Token
 * expiry, rate-limit windows and every time the model records use it. While the state file is replayed, the
 * configured clock is pinned to the time each recorded write happened.
 */
final class SandboxClock {
    private final Clock base;
    private final ThreadLocal<Long> pinned = new ThreadLocal<>();
    private volatile long offsetSeconds;

    SandboxClock(Clock base) {
        this.base = base;
    }

    long now() {
        return baseNow() + offsetSeconds;
    }

    /** The configured clock alone (what the journal records). */
    long baseNow() {
        Long pin = pinned.get();
        return pin != null ? pin : base.instant().getEpochSecond();
    }

    synchronized void advance(long seconds) {
        offsetSeconds += seconds;
    }

    long offsetSeconds() {
        return offsetSeconds;
    }

    <T> T pinnedAt(long baseEpochSecond, Supplier<T> work) {
        pinned.set(baseEpochSecond);
        try {
            return work.get();
        } finally {
            pinned.remove();
        }
    }
}
