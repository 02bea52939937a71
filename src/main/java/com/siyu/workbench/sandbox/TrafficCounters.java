package com.siyu.workbench.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Live counters of calls per path, faults injected and errcodes answered. */
final class TrafficCounters {
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> faults = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errcodes = new ConcurrentHashMap<>();

    void request(String path) {
        requests.computeIfAbsent(path, k -> new LongAdder()).increment();
    }

    void fault(Fault fault) {
        faults.computeIfAbsent(fault.key(), k -> new LongAdder()).increment();
    }

    void errcode(int errcode) {
        errcodes.computeIfAbsent(String.valueOf(errcode), k -> new LongAdder()).increment();
    }

    Map<String, Long> requests() {
        return snapshot(requests);
    }

    Map<String, Long> faults() {
        return snapshot(faults);
    }

    Map<String, Long> errcodes() {
        return snapshot(errcodes);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }
}
