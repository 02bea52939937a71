package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityLogChainTest {
    @TempDir
    Path dir;

    @Test
    void eachEntryChainsToThePreviousOneAndItsHashCoversItsFields() throws Exception {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            ActivityLog log = new JdbcActivityLog(db, Clock.systemUTC());
            ActivityEntry first = log.append(ActivityEvent.of("zhangxw", "session.signin"));
            ActivityEntry second = log.append(ActivityEvent.of("zhangxw", "task.skipped").withTask("t1")
                    .withContact("wmA").withDetails(Map.of("reason", "客户在外地")));

            assertThat(first.prevHash()).isEqualTo(ChainHash.GENESIS);
            assertThat(second.prevHash()).isEqualTo(first.hash());
            assertThat(second.seq()).isEqualTo(first.seq() + 1);

            List<ActivityEntry> stored = db.read(c -> Sql.query(c, "SELECT * FROM activity_log ORDER BY seq",
                    rs -> new ActivityEntry(rs.getLong("seq"), Sql.instant(rs, "occurred_at"),
                            rs.getString("member_userid"), rs.getString("action"), rs.getString("external_userid"),
                            rs.getString("task_id"), rs.getString("content_id"), Sql.integer(rs, "content_version"),
                            rs.getString("details_json"), rs.getString("prev_hash"), rs.getString("hash"))));
            assertThat(stored).allSatisfy(e -> assertThat(ChainHash.of(e)).isEqualTo(e.hash()));
            assertThat(stored.get(1).detailsJson()).contains("客户在外地");

            ActivityEntry edited = new ActivityEntry(second.seq(), second.occurredAt(), second.memberUserid(),
                    "task.done", second.externalUserid(), second.taskId(), null, null, second.detailsJson(),
                    second.prevHash(), second.hash());
            assertThat(ChainHash.of(edited)).isNotEqualTo(second.hash());
        }
    }

    @Test
    void anEntryAppendedInsideAFailedTransactionIsNotKept() throws Exception {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            ActivityLog log = new JdbcActivityLog(db, Clock.systemUTC());
            try {
                db.write(c -> {
                    log.append(ActivityEvent.of("zhangxw", "task.done"));
                    throw new IllegalStateException("the action itself failed");
                });
            } catch (IllegalStateException expected) {
                // the action and its log entry go together
            }
            long rows = db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log"));
            assertThat(rows).isZero();
        }
    }
}
