package com.siyu.workbench.sync;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The pusher's side of the outbox table (the enqueue side is {@link JdbcOutbox}). Every state change is its own
 * committed transaction, because each one must survive the process dying right after it.
 *
 * <p>Order: items flush in id order per ordering key. Only the oldest unsent, unparked item of a key is ever
 * ready, so a key waiting out a back-off holds its later items back; a parked item does not (it may never be sent,
 * and WeCom's answer for it says nothing about the next one).
 */
final class OutboxQueue {
    private static final String COLUMNS = "o.id, o.idempotency_key, o.kind, o.ordering_key, o.payload_json, o.status,"
            + " o.attempts, o.attempted_at, o.last_error, o.result_json, o.created_by, o.created_at";

    private final Database db;

    OutboxQueue(Database db) {
        this.db = db;
    }

    /** The head item of each ordering key that is due, oldest first. */
    List<OutboxEntry> ready(Instant now, int limit) {
        return db.read(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM outbox o JOIN (SELECT ordering_key, MIN(id)"
                        + " AS head FROM outbox WHERE status IN ('PENDING', 'IN_FLIGHT') GROUP BY ordering_key) h"
                        + " ON o.id = h.head WHERE o.next_attempt_at <= ? ORDER BY o.id LIMIT ?",
                OutboxQueue::entry, now, limit));
    }

    Optional<OutboxEntry> find(long id) {
        return db.read(c -> Sql.queryOne(c, "SELECT " + COLUMNS + " FROM outbox o WHERE o.id = ?",
                OutboxQueue::entry, id));
    }

    List<OutboxEntry> parked() {
        return db.read(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM outbox o WHERE o.status = 'PARKED'"
                + " ORDER BY o.id", OutboxQueue::entry));
    }

    /** The idempotency marker: committed before the request leaves. */
    void markInFlight(long id, Instant at) {
        db.write(c -> Sql.update(c, "UPDATE outbox SET status = 'IN_FLIGHT', attempted_at = ?, next_attempt_at = ?,"
                + " attempts = attempts + 1 WHERE id = ?", at, at, id));
    }

    void markSent(OutboxEntry item, String resultJson, PushOutcome.SentWrite alsoWrite, Instant at) {
        db.write(c -> {
            Sql.update(c, "UPDATE outbox SET status = 'SENT', result_json = ?, sent_at = ?, last_error = NULL"
                    + " WHERE id = ?", resultJson, at, item.id());
            if (alsoWrite != null) {
                alsoWrite.write(c, item);
            }
        });
    }

    void park(long id, String reason) {
        db.write(c -> Sql.update(c, "UPDATE outbox SET status = 'PARKED', last_error = ? WHERE id = ?", reason, id));
    }

    /** Back to PENDING, not before {@code notBefore}. */
    void retryLater(long id, String reason, Instant notBefore) {
        db.write(c -> Sql.update(c, "UPDATE outbox SET status = 'PENDING', last_error = ?, next_attempt_at = ?"
                + " WHERE id = ?", reason, notBefore, id));
    }

    /** Stays IN_FLIGHT (maybe applied); recovery is asked again after {@code notBefore}. */
    void reconcileLater(long id, String reason, Instant notBefore) {
        db.write(c -> Sql.update(c, "UPDATE outbox SET last_error = ?, next_attempt_at = ? WHERE id = ?"
                + " AND status = 'IN_FLIGHT'", reason, notBefore, id));
    }

    /** A person's retry of a parked item: it is sent again, first in its key's order. */
    boolean unpark(long id) {
        return db.inTransaction(c -> Sql.update(c, "UPDATE outbox SET status = 'PENDING', attempts = 0,"
                + " next_attempt_at = 0, last_error = NULL WHERE id = ? AND status = 'PARKED'", id) == 1);
    }

    /** A person's discard of a parked item (the table has no discarded state; the activity log keeps the record). */
    boolean discard(long id) {
        return db.inTransaction(c -> Sql.update(c, "DELETE FROM outbox WHERE id = ? AND status = 'PARKED'", id) == 1);
    }

    int pendingCount() {
        return db.read(c -> (int) Sql.queryLong(c,
                "SELECT COUNT(*) FROM outbox WHERE status IN ('PENDING', 'IN_FLIGHT')"));
    }

    int parkedCount() {
        return db.read(c -> (int) Sql.queryLong(c, "SELECT COUNT(*) FROM outbox WHERE status = 'PARKED'"));
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), Sql.instant(rs, "attempted_at"), rs.getString(9), rs.getString(10),
                rs.getString(11), Sql.instant(rs, "created_at"));
    }
}
