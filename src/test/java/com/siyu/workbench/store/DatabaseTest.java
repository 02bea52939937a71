package com.siyu.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("workbench.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void opensInWalModeWithForeignKeysOn() {
        assertThat(text("PRAGMA journal_mode")).contains("wal");
        assertThat(count("PRAGMA foreign_keys")).isEqualTo(1L);
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThatThrownBy(() -> db.write(c -> Sql.update(c,
                "INSERT INTO follows (external_userid, userid, added_at, synced_at) VALUES ('nobody', 'u1', 1, 1)")))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void nestedTransactionsJoinTheOuterOneAndRollBackTogether() {
        assertThatThrownBy(() -> db.write(outer -> {
            Sql.update(outer, "INSERT INTO settings (key, value) VALUES ('a', '1')");
            db.write(inner -> Sql.update(inner, "INSERT INTO settings (key, value) VALUES ('b', '2')"));
            Sql.update(outer, "INSERT INTO settings (key, value) VALUES ('a', 'duplicate')");
        })).isInstanceOf(StoreException.class);

        assertThat(count("SELECT COUNT(*) FROM settings")).isZero();
    }

    @Test
    void aTransactionReadsItsOwnWritesWhileOtherReadersDoNot() {
        db.write(c -> {
            Sql.update(c, "INSERT INTO settings (key, value) VALUES ('k', 'v')");
            assertThat(count("SELECT COUNT(*) FROM settings")).isEqualTo(1L);
        });
        assertThat(text("SELECT value FROM settings WHERE key = 'k'")).contains("v");
    }

    @Test
    void runtimeFailureInsideWorkRollsBackAndReachesTheCaller() {
        assertThatThrownBy(() -> db.write(c -> {
            Sql.update(c, "INSERT INTO settings (key, value) VALUES ('x', 'y')");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(count("SELECT COUNT(*) FROM settings")).isZero();
    }

    @Test
    void dataSurvivesReopening() throws Exception {
        db.write(c -> Sql.update(c, "INSERT INTO settings (key, value) VALUES ('persist', 'yes')"));
        db.close();
        db = Database.open(dir.resolve("workbench.db"));
        assertThat(text("SELECT value FROM settings WHERE key = 'persist'")).contains("yes");
    }

    private long count(String sql) {
        return db.read(c -> Sql.queryLong(c, sql));
    }

    private java.util.Optional<String> text(String sql) {
        return db.read(c -> Sql.queryOne(c, sql, rs -> rs.getString(1)));
    }
}
