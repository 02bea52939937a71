package com.siyu.workbench.sync;

/** The durable queue of local changes waiting to reach WeCom. */
public interface Outbox {
    /**
     * Adds an item, joining the caller's transaction if there is one. Returns its id, or the existing item's id when
     * the idempotency key is already queued.
     */
    long enqueue(OutboxItem item);

    /** Items not yet sent and not parked. */
    int pendingCount();

    /** Items parked by a permanent error, waiting for a person to resolve them. */
    int parkedCount();
}
