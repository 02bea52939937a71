package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync is told about a queued change only once it is durable, and only once per new item. */
class OutboxEnqueueListenerTest {
    @TempDir
    Path dir;
    Database db;
    JdbcOutbox outbox;
    final AtomicInteger told = new AtomicInteger();
    final AtomicInteger pendingSeenByListener = new AtomicInteger(-1);

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("w.db"));
        outbox = new JdbcOutbox(db, Clock.systemUTC());
        outbox.addEnqueueListener(() -> {
            told.incrementAndGet();
            pendingSeenByListener.set(outbox.pendingCount());
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theListenerRunsAfterTheOuterTransactionCommitsAndSeesTheItem() {
        db.write(c -> {
            outbox.enqueue(item("k1"));
            assertThat(told).hasValue(0);
        });
        assertThat(told).hasValue(1);
        assertThat(pendingSeenByListener).hasValue(1);
    }

    @Test
    void aRolledBackChangeTellsNobody() {
        assertThatThrownBy(() -> db.write(c -> {
            outbox.enqueue(item("k2"));
            throw new IllegalStateException("the local change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(told).hasValue(0);
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void anIdempotentReEnqueueIsNotNews() {
        outbox.enqueue(item("k3"));
        outbox.enqueue(item("k3"));
        assertThat(told).hasValue(1);
    }

    private static OutboxItem item(String key) {
        return new OutboxItem(key, OutboxKind.MARK_TAG.name(), "wm1", "{\"userid\":\"u\"}", "u");
    }
}
