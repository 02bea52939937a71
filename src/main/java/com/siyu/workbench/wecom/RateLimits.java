package com.siyu.workbench.wecom;

/**
 * Client-side limits that keep a full sync under WeCom's quotas (10 000/min per corp per API, 20 000/min per IP per
 * API) so it does not trip 45009, and under the undisclosed per-API concurrency cap (45033). {@code 0} = unlimited.
 */
public record RateLimits(int perApiPerMinute, int globalPerMinute, int burst, int maxConcurrentPerApi) {
    public RateLimits {
        if (perApiPerMinute < 0 || globalPerMinute < 0 || burst < 1 || maxConcurrentPerApi < 0) {
            throw new IllegalArgumentException("invalid rate limits");
        }
    }

    /** Comfortably under the documented limits: 6 000/min per API, 12 000/min overall, 3 in flight per API. */
    public static RateLimits defaults() {
        return new RateLimits(6_000, 12_000, 50, 3);
    }

    public static RateLimits unlimited() {
        return new RateLimits(0, 0, 1, 0);
    }
}
