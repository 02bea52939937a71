package com.siyu.workbench.sandbox;

import java.util.concurrent.atomic.AtomicLong;

/** The {@code hint: [...]} request ids of WeCom errmsgs ({@code <epoch>_<n>_<32 hex>}), reproducible from the seed. */
final class RequestIds {
    private final long seed;
    private final AtomicLong counter = new AtomicLong();

    RequestIds(long seed) {
        this.seed = seed;
    }

    String next(long now) {
        long n = counter.incrementAndGet();
        return now + "_" + (n % 100) + "_" + hex(mix(seed + n)) + hex(mix(seed ^ (n << 32)));
    }

    private static String hex(long value) {
        return String.format("%016x", value);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
