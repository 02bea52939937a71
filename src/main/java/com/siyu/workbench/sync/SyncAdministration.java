package com.siyu.workbench.sync;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the sync screens need below the UI, with no WeCom connection: the run log, and the parked outbox items with
 * retry and discard. Resolving needs {@link Permission#MANAGE_SETTINGS}, or being the member who made the change.
 * Each resolution is logged ({@link Actions#OUTBOX_RESOLVED}) in the same transaction.
 */
public final class SyncAdministration {
    private final Database db;
    private final ActivityLog log;
    private final SyncStatus status;
    private final SyncRunLog runs;
    private final OutboxQueue outbox;
    private final List<Runnable> resolvedListeners = new CopyOnWriteArrayList<>();

    public SyncAdministration(Database db, ActivityLog log, SyncStatus status) {
        this.db = db;
        this.log = log;
        this.status = status;
        this.runs = new SyncRunLog(db);
        this.outbox = new OutboxQueue(db);
    }

    /** Called after a retry or discard (the sync service pushes a retried item soon). */
    public void addResolvedListener(Runnable listener) {
        resolvedListeners.add(listener);
    }

    /** The newest runs first. */
    public List<SyncRun> runs(int limit) {
        return runs.recent(limit);
    }

    /** The parked items {@code actor} may resolve: all of them for who manages settings, else their own changes. */
    public List<ParkedItem> parked(Actor actor) {
        int everyone = AccessPolicy.allows(actor, Permission.MANAGE_SETTINGS) ? 1 : 0;
        return db.read(c -> Sql.query(c, "SELECT o.id, o.kind, o.ordering_key, ct.name, o.created_by,"
                + " coalesce(m.name, o.created_by), o.created_at, o.attempts, o.last_error, o.payload_json"
                + " FROM outbox o LEFT JOIN contacts ct ON ct.external_userid = o.ordering_key"
                + " LEFT JOIN members m ON m.userid = o.created_by WHERE o.status = 'PARKED'"
                + " AND (? = 1 OR o.created_by = ?) ORDER BY o.id",
                rs -> new ParkedItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Sql.instant(rs, "created_at"), rs.getInt(8),
                        rs.getString(9), rs.getString(10)), everyone, actor.userid()));
    }

    /** Sends the item again, first in its contact's order. False when it is no longer parked. */
    public boolean retry(Actor actor, long id) {
        return resolve(actor, id, "retry");
    }

    /** Gives the change up: WeCom keeps its state, the next pull shows it. False when it is no longer parked. */
    public boolean discard(Actor actor, long id) {
        return resolve(actor, id, "discard");
    }

    private boolean resolve(Actor actor, long id, String resolution) {
        OutboxEntry item = outbox.find(id).orElse(null);
        if (item == null || !"PARKED".equals(item.status())) {
            return false;
        }
        if (!AccessPolicy.allows(actor, Permission.MANAGE_SETTINGS) && !actor.userid().equals(item.createdBy())) {
            throw new AccessDeniedException(actor, Permission.MANAGE_SETTINGS);
        }
        boolean done = db.inTransaction(c -> {
            boolean changed = "retry".equals(resolution) ? outbox.unpark(id) : outbox.discard(id);
            if (changed) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("outboxId", id);
                details.put("kind", item.kind());
                details.put("idempotencyKey", item.idempotencyKey());
                details.put("resolution", resolution);
                details.put("reason", item.lastError() == null ? "" : item.lastError());
                String contact = item.orderingKey().startsWith("content:") ? null : item.orderingKey();
                log.append(ActivityEvent.of(actor.userid(), Actions.OUTBOX_RESOLVED).withContact(contact)
                        .withDetails(details));
            }
            return changed;
        });
        if (done) {
            status.update(s -> s.withOutbox(outbox.pendingCount(), outbox.parkedCount()));
            resolvedListeners.forEach(Runnable::run);
        }
        return done;
    }
}
