package com.siyu.workbench.sync;

import java.time.Instant;

/** An outbox row as the pusher and the parked-items screen see it. */
public record OutboxEntry(long id, String idempotencyKey, String kind, String orderingKey, String payloadJson,
                          String status, int attempts, Instant attemptedAt, String lastError, String resultJson,
                          String createdBy, Instant createdAt) {

    public boolean inFlight() {
        return "IN_FLIGHT".equals(status);
    }
}
