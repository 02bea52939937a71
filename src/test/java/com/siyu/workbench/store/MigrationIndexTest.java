package com.siyu.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path that opens an up-to-date database without starting Flyway. */
class MigrationIndexTest {
    @TempDir
    Path dir;

    @Test
    void theNewestVersionComesFromTheScriptNamesNotFromTheirOrder() {
        assertThat(MigrationIndex.latestIn(Stream.of("db/migration/V2__b.sql", "db/migration/V10__c.sql",
                "db/migration/V9__a.sql", "db/migration/README.md", "db/migration/V3x__bad.sql")))
                .hasValue(10);
    }

    @Test
    void theShippedScriptsAreFound() {
        assertThat(MigrationIndex.latestShipped()).isPresent();
        assertThat(MigrationIndex.latestShipped().getAsInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSecondOpenSkipsMigrationAndStillSeesTheSchema() throws Exception {
        Path file = dir.resolve("w.db");
        try (Database db = Database.open(file)) {
            db.write(c -> Sql.update(c, "INSERT INTO settings (key, value) VALUES ('k', 'v')"));
        }
        String url = "jdbc:sqlite:" + file;
        String before = Migrations.currentVersion(url);
        try (Database db = Database.open(file)) {
            String value = db.read(c -> Sql.queryOne(c, "SELECT value FROM settings WHERE key = 'k'",
                    rs -> rs.getString(1)).orElseThrow());
            assertThat(value).isEqualTo("v");
        }
        assertThat(Migrations.currentVersion(url)).isEqualTo(before)
                .isEqualTo(Integer.toString(MigrationIndex.latestShipped().getAsInt()));
    }
}
