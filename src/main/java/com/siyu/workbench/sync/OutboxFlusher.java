package com.siyu.workbench.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flushes the outbox to one {@link PushTarget}: head item of each ordering key, oldest first, until nothing is due
 * or the remote is unreachable. Before each send the item's IN_FLIGHT marker is committed; an item already
 * IN_FLIGHT (the app died mid-send, or its outcome is still unknown) goes to {@link PushTarget#recover} instead.
 */
final class OutboxFlusher {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxFlusher.class);
    private static final int BATCH = 200;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final OutboxQueue queue;
    private final Clock clock;

    OutboxFlusher(OutboxQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /** What one flush did. {@code offlineReason} is set when it stopped because the remote was unreachable. */
    record Result(int sent, int parked, String offlineReason) {
        boolean offline() {
            return offlineReason != null;
        }
    }

    Result flush(PushTarget target, BooleanSupplier cancelled) {
        int sent = 0;
        int parked = 0;
        while (!cancelled.getAsBoolean()) {
            List<OutboxEntry> ready = queue.ready(clock.instant(), BATCH).stream()
                    .filter(item -> target.accepts(item.kind())).toList();
            if (ready.isEmpty()) {
                break;
            }
            for (OutboxEntry item : ready) {
                if (cancelled.getAsBoolean()) {
                    return new Result(sent, parked, null);
                }
                boolean recovering = item.inFlight();
                PushOutcome outcome;
                if (recovering) {
                    outcome = target.recover(item);
                } else {
                    Instant attempt = clock.instant();
                    queue.markInFlight(item.id(), attempt);
                    outcome = target.send(withAttempt(item, attempt));
                }
                if (outcome instanceof PushOutcome.Sent s) {
                    queue.markSent(item, s.resultJson(), s.alsoWrite(), clock.instant());
                    sent++;
                } else if (outcome instanceof PushOutcome.Park p) {
                    LOG.info("outbox item {} ({}) parked: {}", item.id(), item.kind(), p.reason());
                    queue.park(item.id(), p.reason());
                    parked++;
                } else if (outcome instanceof PushOutcome.Retry r) {
                    Duration wait = r.after().isZero() ? Duration.ZERO : backoff(item, r.after());
                    queue.retryLater(item.id(), r.reason(), clock.instant().plus(wait));
                } else if (outcome instanceof PushOutcome.Reconcile r) {
                    queue.reconcileLater(item.id(), r.reason(), clock.instant().plus(r.after()));
                } else if (outcome instanceof PushOutcome.Offline o) {
                    if (!recovering) {
                        // the target said unreachable, not "maybe applied": the item was not received, resend later
                        queue.retryLater(item.id(), o.reason(), clock.instant());
                    }
                    return new Result(sent, parked, o.reason());
                }
            }
        }
        return new Result(sent, parked, null);
    }

    /** Grows with the item's attempts: the remote's hint first, doubling up to an hour. */
    private static Duration backoff(OutboxEntry item, Duration hint) {
        Duration base = hint.compareTo(FIRST_BACKOFF) < 0 ? hint : FIRST_BACKOFF;
        int doublings = Math.min(Math.max(0, item.attempts() - 1), 7);
        Duration grown = base.multipliedBy(1L << doublings);
        Duration atLeastHint = grown.compareTo(hint) < 0 ? hint : grown;
        return atLeastHint.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : atLeastHint;
    }

    private static OutboxEntry withAttempt(OutboxEntry item, Instant attempt) {
        return new OutboxEntry(item.id(), item.idempotencyKey(), item.kind(), item.orderingKey(), item.payloadJson(),
                "IN_FLIGHT", item.attempts() + 1, attempt, item.lastError(), item.resultJson(), item.createdBy(),
                item.createdAt());
    }
}
