package com.siyu.workbench.sync;

/** The durable queue of local changes waiting to reach WeCom. */
public interface Outbox {
    /**
     * Adds an item, joining the caller's transaction if there is one. Returns its id, or the existing item's id when
     * the idempotency key is already queued.
     */
    long enqueue(OutboxItem item);

    /**
     * Called after a transaction that queued a new item has committed (sync pushes it soon and the status bar
     * shows the new backlog). Not called for an idempotent re-enqueue, nor when the transaction rolls back.
     */
    void addEnqueueListener(Runnable listener);

    void removeEnqueueListener(Runnable listener);

    /** Items not yet sent and not parked. */
    int pendingCount();

    /** Items parked by a permanent error, waiting for a person to resolve them. */
    int parkedCount();
}
