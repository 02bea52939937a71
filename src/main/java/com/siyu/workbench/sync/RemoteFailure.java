package com.siyu.workbench.sync;

/**
 * A remote's reading of a failure.
 *
 * @param kind    what the engine does about it
 * @param message Chinese text for the sync log and the status bar (no secrets)
 */
public record RemoteFailure(Kind kind, String message) {
    public enum Kind {
        /** No usable answer: the remote is unreachable. The run stops; the service backs off and probes again. */
        OFFLINE,
        /** Busy or rate-limited: the same request may succeed shortly. The engine retries the step a few times. */
        TRANSIENT,
        /** Configuration or data the remote refuses: retrying will not help until a person acts. */
        PERMANENT
    }

    public boolean retryable() {
        return kind != Kind.PERMANENT;
    }
}
