package com.siyu.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database created by the first release must upgrade to the current schema with its data intact. */
class MigrationUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void upgradesADatabaseCreatedAtVersionOneKeepingItsData() throws Exception {
        Path file = dir.resolve("v1.db");
        String url = "jdbc:sqlite:" + file;
        Migrations.applyUpTo(url, "1");
        assertThat(Migrations.currentVersion(url)).isEqualTo("1");
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO members (userid, name, updated_at) VALUES ('zhangxw', '张晓雯', 1)");
            s.executeUpdate("INSERT INTO contacts (external_userid, name, updated_at) VALUES ('wmA', '李女士', 1)");
            s.executeUpdate("INSERT INTO follows (external_userid, userid, remark, added_at, synced_at)"
                    + " VALUES ('wmA', 'zhangxw', '老客户', 1700000000000, 1)");
            s.executeUpdate("INSERT INTO settings (key, value) VALUES ('ui.theme', 'DARK')");
        }

        try (Database db = Database.open(file)) {
            assertThat(Migrations.currentVersion(url)).isEqualTo(latestMigrationVersion());
            assertThat(text(db, "SELECT remark FROM follows WHERE external_userid = 'wmA'")).contains("老客户");
            assertThat(text(db, "SELECT name FROM members WHERE userid = 'zhangxw'")).contains("张晓雯");
            assertThat(text(db, "SELECT value FROM settings WHERE key = 'ui.theme'")).contains("DARK");
        }
    }

    private static String latestMigrationVersion() throws Exception {
        URI location = MigrationUpgradeTest.class.getResource("/db/migration").toURI();
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        Path folder = "jar".equals(location.getScheme())
                ? FileSystems.newFileSystem(location, Map.of()).getPath("/db/migration") : Path.of(location);
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> versioned.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Integer::compare).orElseThrow().toString();
        }
    }

    private static java.util.Optional<String> text(Database db, String sql) {
        return db.read(c -> Sql.queryOne(c, sql, rs -> rs.getString(1)));
    }
}
