package com.siyu.workbench.store;

import com.siyu.workbench.store.DatabaseOpenException.Reason;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** Applies the versioned SQL migrations under {@code db/migration} with Flyway. */
public final class Migrations {
    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    static void apply(String url, Path file) throws DatabaseOpenException {
        if (upToDate(url, file)) {
            return;
        }
        Flyway flyway = configure(url, null);
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length > 0) {
            flyway.migrate();
        }
        MigrationInfo current = flyway.info().current();
        MigrationVersion latestKnown = latestKnownVersion(flyway);
        if (current != null && latestKnown != null && current.getVersion().isNewerThan(latestKnown.getVersion())) {
            throw new DatabaseOpenException(file, Reason.NEWER_SCHEMA, null);
        }
    }

    /**
     * Whether the file already has every migration this build ships, read with plain JDBC. Starting Flyway costs
     * seconds of class loading on a cold JVM, which every morning's start would pay for nothing; it runs only when
     * there is something to migrate (or something unexpected to report).
     */
    private static boolean upToDate(String url, Path file) throws DatabaseOpenException {
        java.util.OptionalInt shipped = MigrationIndex.latestShipped();
        if (shipped.isEmpty()) {
            return false;
        }
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
            try (var tables = s.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!tables.next()) {
                    return false;
                }
            }
            try (var rs = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)), SUM(success = 0)"
                    + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
                if (!rs.next() || rs.getInt(2) > 0) {
                    return false;
                }
                int applied = rs.getInt(1);
                if (applied > shipped.getAsInt()) {
                    throw new DatabaseOpenException(file, Reason.NEWER_SCHEMA, null);
                }
                return applied == shipped.getAsInt();
            }
        } catch (java.sql.SQLException e) {
            return false; // let Flyway open it and report properly
        }
    }

    /** Migrates up to {@code target} only; used by tests that build a database as an older release left it. */
    public static void applyUpTo(String url, String target) {
        configure(url, target).migrate();
    }

    public static String currentVersion(String url) {
        MigrationInfo current = configure(url, null).info().current();
        return current == null ? null : current.getVersion().getVersion();
    }

    private static MigrationVersion latestKnownVersion(Flyway flyway) {
        MigrationVersion latest = null;
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getScript() != null && info.getState().isResolved()
                    && (latest == null || info.getVersion().isNewerThan(latest.getVersion()))) {
                latest = info.getVersion();
            }
        }
        return latest;
    }

    private static Flyway configure(String url, String target) {
        var config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, "", "")
                .locations(LOCATION)
                .cleanDisabled(true)
                .ignoreMigrationPatterns("*:future")
                .validateOnMigrate(true);
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }
}
