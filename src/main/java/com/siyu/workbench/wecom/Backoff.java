package com.siyu.workbench.wecom;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential back-off with "equal jitter": half the step fixed, half random, so many clients do not retry in step. */
final class Backoff {
    private final Duration base;
    private final Duration max;
    private final DoubleSupplier random;

    Backoff(RetryPolicy policy, DoubleSupplier random) {
        this.base = policy.baseBackoff();
        this.max = policy.maxBackoff();
        this.random = random;
    }

    /** The wait before retry number {@code retry} (1 = the first retry). */
    Duration delay(int retry) {
        long step = base.toMillis() << Math.min(30, Math.max(0, retry - 1));
        long capped = Math.min(max.toMillis(), step);
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
    }
}
