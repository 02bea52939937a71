package com.siyu.workbench.sync;

/**
 * Sends outbox items to one remote. The {@link OutboxFlusher} has already committed the item's IN_FLIGHT marker
 * (with its attempt time) before {@link #send} is called, so whatever happens during the call, a restart finds the
 * item IN_FLIGHT and asks {@link #recover} before anything is sent again.
 */
public interface PushTarget {
    /** Whether items of this {@code outbox.kind} belong to this remote. */
    boolean accepts(String kind);

    /** Sends one item. Never throws for a remote failure: the outcome says what happened. */
    PushOutcome send(OutboxEntry item);

    /**
     * For an item found IN_FLIGHT (the app stopped between sending and recording the answer): find out whether the
     * remote applied it. {@link PushOutcome.Sent} when it did, {@link PushOutcome.Retry} when it certainly did not
     * (or when sending again is harmless), {@link PushOutcome.Reconcile} to ask again later, {@link PushOutcome.Park}
     * when nobody can tell and a person must decide.
     */
    PushOutcome recover(OutboxEntry item);
}
