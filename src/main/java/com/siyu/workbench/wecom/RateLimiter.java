package com.siyu.workbench.wecom;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Token buckets (as a "generic cell rate": each bucket keeps the theoretical arrival time of the next request) per
 * API path and one overall, plus a per-path block set after a 45009. A caller reserves its slot under the lock and
 * sleeps outside it, so waiting callers queue fairly without spinning.
 */
final class RateLimiter {
    private final RateLimits limits;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final Map<String, Long> pathTat = new HashMap<>();
    private final Map<String, Long> blockedUntil = new HashMap<>();
    private long globalTat;

    RateLimiter(RateLimits limits, LongSupplier nanoClock, Sleeper sleeper) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.globalTat = nanoClock.getAsLong();
    }

    /** Waits until a request to {@code path} fits both buckets and any 45009 block has passed. */
    void acquire(String path) throws InterruptedException {
        long waitNanos = reserve(path);
        if (waitNanos > 0) {
            sleeper.sleep(Duration.ofNanos(waitNanos));
        }
    }

    /** After a 45009: no request to {@code path} leaves before {@code window} has passed. */
    synchronized void block(String path, Duration window) {
        long until = nanoClock.getAsLong() + window.toNanos();
        blockedUntil.merge(path, until, Math::max);
    }

    private synchronized long reserve(String path) {
        long now = nanoClock.getAsLong();
        long allowedAt = Math.max(now, blockedUntil.getOrDefault(path, now));
        long pathInterval = interval(limits.perApiPerMinute());
        long globalInterval = interval(limits.globalPerMinute());
        long tat = pathTat.getOrDefault(path, now);
        if (pathInterval > 0) {
            allowedAt = Math.max(allowedAt, tat - tolerance(pathInterval));
        }
        if (globalInterval > 0) {
            allowedAt = Math.max(allowedAt, globalTat - tolerance(globalInterval));
        }
        if (pathInterval > 0) {
            pathTat.put(path, Math.max(tat, allowedAt) + pathInterval);
        }
        if (globalInterval > 0) {
            globalTat = Math.max(globalTat, allowedAt) + globalInterval;
        }
        return allowedAt - now;
    }

    private static long interval(int perMinute) {
        return perMinute <= 0 ? 0 : Duration.ofMinutes(1).toNanos() / perMinute;
    }

    private long tolerance(long interval) {
        return interval * (limits.burst() - 1);
    }
}
