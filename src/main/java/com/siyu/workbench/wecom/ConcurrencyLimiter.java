package com.siyu.workbench.wecom;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** At most N requests in flight per API path, so parallel callers do not trip WeCom's 45033 concurrency cap. */
final class ConcurrencyLimiter {
    private final int maxPerPath;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

    ConcurrencyLimiter(int maxPerPath) {
        this.maxPerPath = maxPerPath;
    }

    void acquire(String path) throws InterruptedException {
        if (maxPerPath > 0) {
            semaphore(path).acquire();
        }
    }

    void release(String path) {
        if (maxPerPath > 0) {
            semaphore(path).release();
        }
    }

    private Semaphore semaphore(String path) {
        return permits.computeIfAbsent(path, p -> new Semaphore(maxPerPath, true));
    }
}
