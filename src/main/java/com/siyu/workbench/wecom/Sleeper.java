package com.siyu.workbench.wecom;

import java.time.Duration;

/** Waits between retries; injected so tests neither wait for real nor depend on timing. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = duration -> {
        long millis = duration.toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
