package com.siyu.workbench.wecom;

import java.time.Duration;

/**
 * How hard a call tries: at most {@code maxAttempts} requests per call (token refresh aside), exponential back-off
 * from {@code baseBackoff} doubling up to {@code maxBackoff} with jitter, and {@code rateLimitWindow} of silence after
 * a 45009 (WeCom lifts a minute-limit block after the minute).
 */
public record RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff, Duration rateLimitWindow) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** 4 attempts, 0.5 s → 8 s back-off, 60 s after 45009. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
    }
}
