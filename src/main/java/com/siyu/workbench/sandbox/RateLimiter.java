package com.siyu.workbench.sandbox;

import java.util.HashMap;
import java.util.Map;

/**
 * WeCom's per-minute limit per API: calls to one path beyond {@code perMinute} within a clock minute get 45009
 * until the minute is over (the block lasts as long as the violated window).
 */
final class RateLimiter {
    private final int perMinute;
    private final Map<String, long[]> windows = new HashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    synchronized boolean tryAcquire(String path, long now) {
        if (perMinute <= 0) {
            return true;
        }
        long minute = Math.floorDiv(now, 60);
        long[] window = windows.computeIfAbsent(path, p -> new long[] {minute, 0});
        if (window[0] != minute) {
            window[0] = minute;
            window[1] = 0;
        }
        window[1]++;
        return window[1] <= perMinute;
    }
}
