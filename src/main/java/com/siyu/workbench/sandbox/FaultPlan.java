package com.siyu.workbench.sandbox;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Rates (0–1, summing to at most 1) at which /cgi-bin/ calls fail, e.g.
 * {@code errcode-1=0.05,http500=0.05,http502=0.02,ratelimit=0.1,drop=0.02,slow=0.02,malformed=0.01}; the extra key
 * {@code slow-ms} sets how long a slow answer is held back (default 1500 ms).
 */
public record FaultPlan(Map<Fault, Double> rates, Duration slowDelay) {
    public static final FaultPlan NONE = new FaultPlan(Map.of(), Duration.ofMillis(1500));

    public FaultPlan {
        rates = rates.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(rates));
        double total = 0;
        for (Map.Entry<Fault, Double> entry : rates.entrySet()) {
            if (entry.getValue() < 0 || entry.getValue() > 1 || entry.getValue().isNaN()) {
                throw new IllegalArgumentException("fault rate of " + entry.getKey().key() + " must be within 0..1");
            }
            total += entry.getValue();
        }
        if (total > 1.0 + 1e-9) {
            throw new IllegalArgumentException("fault rates add up to more than 1");
        }
    }

    /** Parses {@code key=rate,…}; an empty or blank spec is {@link #NONE}. */
    public static FaultPlan parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Map<Fault, Double> rates = new EnumMap<>(Fault.class);
        Duration slow = NONE.slowDelay();
        for (String part : spec.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("fault '" + part.trim() + "' is not key=value");
            }
            String key = pair[0].trim().toLowerCase(Locale.ROOT);
            try {
                if (key.equals("slow-ms")) {
                    slow = Duration.ofMillis(Long.parseLong(pair[1].trim()));
                } else {
                    rates.put(Fault.byKey(key), Double.parseDouble(pair[1].trim()));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault '" + key + "' has no number: " + pair[1].trim(), e);
            }
        }
        return new FaultPlan(rates, slow);
    }

    public double rate(Fault fault) {
        return rates.getOrDefault(fault, 0.0);
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(",");
        for (Fault fault : Fault.values()) {
            if (rates.containsKey(fault)) {
                joiner.add(fault.key() + "=" + rates.get(fault));
            }
        }
        return joiner.toString();
    }
}
