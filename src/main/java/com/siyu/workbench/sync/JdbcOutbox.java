package com.siyu.workbench.sync;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class JdbcOutbox implements Outbox {
    private final Database db;
    private final Clock clock;
    private final List<Runnable> enqueueListeners = new CopyOnWriteArrayList<>();

    public JdbcOutbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public long enqueue(OutboxItem item) {
        return db.inTransaction(c -> {
            var existing = Sql.queryOne(c, "SELECT id FROM outbox WHERE idempotency_key = ?", rs -> rs.getLong(1),
                    item.idempotencyKey());
            if (existing.isPresent()) {
                return existing.get();
            }
            long id = Sql.insert(c, "INSERT INTO outbox (idempotency_key, kind, ordering_key, payload_json,"
                            + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    item.idempotencyKey(), item.kind(), item.orderingKey(), item.payloadJson(), item.createdBy(),
                    clock.millis());
            db.afterCommit(() -> enqueueListeners.forEach(Runnable::run));
            return id;
        });
    }

    @Override
    public void addEnqueueListener(Runnable listener) {
        enqueueListeners.add(listener);
    }

    @Override
    public void removeEnqueueListener(Runnable listener) {
        enqueueListeners.remove(listener);
    }

    @Override
    public int pendingCount() {
        return db.read(c -> (int) Sql.queryLong(c,
                "SELECT COUNT(*) FROM outbox WHERE status IN ('PENDING', 'IN_FLIGHT')"));
    }

    @Override
    public int parkedCount() {
        return db.read(c -> (int) Sql.queryLong(c, "SELECT COUNT(*) FROM outbox WHERE status = 'PARKED'"));
    }
}
