package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Migrations;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.store.StoreException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing that goes through the database — services included — can change, remove or wedge in a log entry. */
class AppendOnlyLogTest {
    @TempDir
    Path dir;

    @Test
    void updatesAndDeletesOfLogEntriesAreRefusedAndChangeNothing() throws Exception {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            ActivityLog log = new JdbcActivityLog(db, Clock.systemUTC());
            ActivityEntry entry = log.append(ActivityEvent.of("zhangxw", Actions.TASK_SKIPPED).withTask("t1"));

            assertThatThrownBy(() -> db.write(c -> Sql.update(c,
                    "UPDATE activity_log SET action = ? WHERE seq = ?", Actions.TASK_DONE, entry.seq())))
                    .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.write(c -> Sql.update(c, "DELETE FROM activity_log")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.write(c -> Sql.update(c, "DELETE FROM activity_log_head")))
                    .isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> db.write(c -> Sql.update(c, "UPDATE activity_log_head SET last_seq = 0")))
                    .isInstanceOf(StoreException.class);

            String action = db.read(c -> Sql.queryOne(c, "SELECT action FROM activity_log WHERE seq = 1",
                    rs -> rs.getString(1))).orElseThrow();
            assertThat(action).isEqualTo(Actions.TASK_SKIPPED);
        }
    }

    @Test
    void entriesCanOnlyJoinTheEndOfTheChain() throws Exception {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            ActivityLog log = new JdbcActivityLog(db, Clock.systemUTC());
            ActivityEntry first = log.append(ActivityEvent.of("zhangxw", Actions.SIGN_IN));
            String insert = "INSERT INTO activity_log (seq, occurred_at, member_userid, action, prev_hash, hash)"
                    + " VALUES (?, 0, 'zhangxw', 'task.done', ?, ?)";
            assertThatThrownBy(() -> db.write(c -> Sql.update(c, insert, 5, first.hash(), "x")))
                    .as("a gap in seq").isInstanceOf(StoreException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.write(c -> Sql.update(c, insert, 2, ChainHash.GENESIS, "x")))
                    .as("not linked to the last entry").isInstanceOf(StoreException.class);

            ActivityEntry second = log.append(ActivityEvent.of("zhangxw", Actions.TASK_DONE));
            assertThat(second.seq()).isEqualTo(2);
            List<Object> head = db.read(c -> Sql.queryOne(c, "SELECT last_seq, last_hash FROM activity_log_head",
                    rs -> List.<Object>of(rs.getLong(1), rs.getString(2)))).orElseThrow();
            assertThat(head).containsExactly(2L, second.hash());
        }
    }

    @Test
    void aDatabaseWithALogFromBeforeTheGuardGetsItsHeadOnUpgrade() throws Exception {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        Migrations.applyUpTo(url, "3");
        ActivityEntry one = new ActivityEntry(1, Instant.ofEpochMilli(1_000), "zhangxw", Actions.SIGN_IN, null, null,
                null, null, null, ChainHash.GENESIS, null);
        String hash = ChainHash.of(one);
        try (var c = DriverManager.getConnection(url); var ps = c.prepareStatement(
                "INSERT INTO activity_log (seq, occurred_at, member_userid, action, prev_hash, hash)"
                        + " VALUES (1, 1000, 'zhangxw', 'session.signin', ?, ?)")) {
            ps.setString(1, ChainHash.GENESIS);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
        try (Database db = Database.open(file)) {
            ActivityEntry next = new JdbcActivityLog(db, Clock.systemUTC()).append(
                    ActivityEvent.of("zhangxw", Actions.TASK_DONE));
            assertThat(next.seq()).isEqualTo(2);
            assertThat(next.prevHash()).isEqualTo(hash);
        }
        assertThat(LogVerifierTest.verify(file, null).ok()).isTrue();
    }
}
