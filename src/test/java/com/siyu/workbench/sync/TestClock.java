package com.siyu.workbench.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/** The system clock in Asia/Shanghai plus an offset a test can move forward ("a day passes"). */
final class TestClock extends Clock {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final AtomicLong offsetMillis = new AtomicLong();

    void advance(Duration duration) {
        offsetMillis.addAndGet(duration.toMillis());
    }

    @Override
    public Instant instant() {
        return Instant.now().plusMillis(offsetMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
