package com.siyu.workbench.bench;

import java.util.Arrays;
import java.util.Locale;

/** Collects timings (nanoseconds) and prints percentiles as one JSON line, the format BENCHMARKS.md quotes. */
public final class Stopwatch {
    private long[] samples = new long[64];
    private int count;

    public void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    /** Times {@code action} once and records it. */
    public void time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        record(System.nanoTime() - start);
    }

    public double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    public String summary(String name) {
        return String.format(Locale.ROOT,
                "{\"bench\":\"%s\",\"n\":%d,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f}",
                name, count, percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }

    /** Peak heap in MB as seen by the memory pools, after a run. */
    public static long peakHeapMb() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
