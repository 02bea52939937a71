package com.siyu.workbench.sandbox;

import com.siyu.workbench.sandbox.data.IdFactory;
import java.util.HashMap;
import java.util.Map;

/** Access tokens: the same token until it expires (then a new one), 40014 for unknown, 42001 for expired. */
final class TokenStore {
    enum Validity { VALID, UNKNOWN, EXPIRED }

    /** A token handed out by gettoken and how many seconds it still lives. */
    record Issued(String token, long expiresIn) {
    }

    private final IdFactory ids;
    private final long ttlSeconds;
    private final Map<String, Long> expiries = new HashMap<>();
    private String current;
    private int issuedCount;

    TokenStore(IdFactory ids, long ttlSeconds) {
        this.ids = ids;
        this.ttlSeconds = ttlSeconds;
    }

    synchronized Issued issue(long now) {
        if (current == null || expiries.get(current) <= now) {
            current = ids.token();
            expiries.put(current, now + ttlSeconds);
            issuedCount++;
        }
        return new Issued(current, expiries.get(current) - now);
    }

    synchronized Validity check(String token, long now) {
        Long expiry = expiries.get(token);
        if (expiry == null) {
            return Validity.UNKNOWN;
        }
        return expiry > now ? Validity.VALID : Validity.EXPIRED;
    }

    /** Expires every token now (the next call with one gets 42001); returns how many were live. */
    synchronized int expireAll(long now) {
        int live = 0;
        for (Map.Entry<String, Long> entry : expiries.entrySet()) {
            if (entry.getValue() > now) {
                live++;
                entry.setValue(now);
            }
        }
        return live;
    }

    synchronized int issuedCount() {
        return issuedCount;
    }
}
