package com.siyu.workbench.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** What became of one outbox item. Reasons are Chinese, shown to the person who resolves parked items. */
public sealed interface PushOutcome {

    /** Applied remotely; {@code resultJson} is the remote's answer, {@code alsoWrite} local bookkeeping (may be null). */
    record Sent(String resultJson, SentWrite alsoWrite) implements PushOutcome {
    }

    /** Refused for good (the contact is gone, the tag was deleted…): parked until a person retries or discards it. */
    record Park(String reason) implements PushOutcome {
    }

    /** Not applied; may succeed later. Back to PENDING after {@code after}. */
    record Retry(String reason, Duration after) implements PushOutcome {
    }

    /** Maybe applied, cannot tell yet: stays IN_FLIGHT and {@link PushTarget#recover} is asked after {@code after}. */
    record Reconcile(String reason, Duration after) implements PushOutcome {
    }

    /** The remote is unreachable: the item goes back to PENDING and the flush stops. */
    record Offline(String reason) implements PushOutcome {
    }

    /** Local writes that belong with marking an item SENT (e.g. the message_tasks row of a created message task). */
    @FunctionalInterface
    interface SentWrite {
        void write(Connection connection, OutboxEntry item) throws SQLException;
    }
}
