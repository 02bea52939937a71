package com.siyu.workbench.sandbox;

/**
 * What can go wrong with a /cgi-bin/ call, by the name {@link FaultPlan#parse} uses. The first four replace the
 * answer before the endpoint runs (nothing is changed); {@code drop}, {@code malformed} and {@code slow} hit the
 * answer after it ran, so a write may have happened although the client saw a failure — as in production.
 */
public enum Fault {
    SYSTEM_BUSY("errcode-1", true),
    HTTP_500("http500", true),
    HTTP_502("http502", true),
    RATE_LIMIT("ratelimit", true),
    DROP("drop", false),
    SLOW("slow", false),
    MALFORMED("malformed", false);

    private final String key;
    private final boolean beforeHandling;

    Fault(String key, boolean beforeHandling) {
        this.key = key;
        this.beforeHandling = beforeHandling;
    }

    public String key() {
        return key;
    }

    public boolean beforeHandling() {
        return beforeHandling;
    }

    public static Fault byKey(String key) {
        for (Fault fault : values()) {
            if (fault.key.equals(key)) {
                return fault;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + key + "'");
    }
}
