package com.siyu.workbench.sandbox.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** Times relative to the dataset's "now", in WeCom's day boundaries (00:00 Asia/Shanghai). */
public final class TimeGenerator {
    public static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final int HISTORY_DAYS = 180;

    private final SplittableRandom random;
    private final long now;

    public TimeGenerator(SplittableRandom random, Instant now) {
        this.random = random;
        this.now = now.getEpochSecond();
    }

    public long now() {
        return now;
    }

    /** 00:00 Asia/Shanghai of the day that contains {@code epochSecond}. */
    public static long dayStart(long epochSecond) {
        LocalDate day = Instant.ofEpochSecond(epochSecond).atZone(CST).toLocalDate();
        return day.atStartOfDay(CST).toEpochSecond();
    }

    /** A time in the last ~6 months, somewhat more often recent (stores grow their lists over time). */
    public long addTimeInHistory() {
        double age = Math.pow(random.nextDouble(), 1.3) * HISTORY_DAYS * 86_400L;
        return Math.max(now - HISTORY_DAYS * 86_400L, now - (long) age - random.nextInt(3600));
    }

    /** A time earlier today (before now). */
    public long today() {
        long start = dayStart(now);
        return start + (long) (random.nextDouble() * Math.max(1, now - start));
    }

    /** A time during yesterday. */
    public long yesterday() {
        long start = dayStart(now) - 86_400L;
        return start + random.nextInt(86_400);
    }

    /** A time between {@code from} and now. */
    public long between(long from) {
        return from + (long) (random.nextDouble() * Math.max(1, now - from));
    }
}
