package com.siyu.workbench.sync;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code sync_cursors} table. Per step: {@code cursor} is the step's resumable position while a run is inside
 * it (null when idle), {@code progress_json} holds when it last completed and in which run generation.
 */
final class SyncCursors {
    private final Database db;

    SyncCursors(Database db) {
        this.db = db;
    }

    /** A step's stored state. */
    record State(String cursor, long completedGeneration, Instant completedAt) {
        static final State NONE = new State(null, 0, null);
    }

    State load(String name) {
        return db.read(c -> Sql.queryOne(c, "SELECT cursor, json_extract(progress_json, '$.generation'),"
                        + " json_extract(progress_json, '$.completedAt') FROM sync_cursors WHERE name = ?",
                rs -> {
                    long completed = rs.getLong(3);
                    return new State(rs.getString(1), rs.getLong(2), rs.wasNull() ? null
                            : Instant.ofEpochMilli(completed));
                }, name)).orElse(State.NONE);
    }

    Optional<String> cursorOf(String name) {
        return Optional.ofNullable(load(name).cursor());
    }

    /** Stores a step's position inside the caller's transaction, keeping its completion record. */
    static void saveCursor(Connection c, String name, String cursor, Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO sync_cursors (name, cursor, progress_json, updated_at) VALUES (?, ?, '{}', ?)"
                + " ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
                name, cursor, at);
    }

    /** Marks a step complete in {@code generation}: its cursor is cleared. */
    static void complete(Connection c, String name, long generation, Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO sync_cursors (name, cursor, progress_json, updated_at)"
                        + " VALUES (?, NULL, json_object('generation', ?, 'completedAt', ?), ?)"
                        + " ON CONFLICT (name) DO UPDATE SET cursor = NULL, progress_json = excluded.progress_json,"
                        + " updated_at = excluded.updated_at",
                name, generation, at.toEpochMilli(), at);
    }

    /** When each step named {@code prefix + x} last completed, by {@code x}. */
    java.util.Map<String, Instant> completedWithPrefix(String prefix) {
        java.util.Map<String, Instant> completed = new java.util.HashMap<>();
        db.read(c -> Sql.query(c, "SELECT name, json_extract(progress_json, '$.completedAt') FROM sync_cursors"
                + " WHERE substr(name, 1, ?) = ?", rs -> {
                    long at = rs.getLong(2);
                    if (!rs.wasNull()) {
                        completed.put(rs.getString(1).substring(prefix.length()), Instant.ofEpochMilli(at));
                    }
                    return null;
                }, prefix.length(), prefix));
        return completed;
    }

    void clear(String name) {
        db.write(c -> Sql.update(c, "UPDATE sync_cursors SET cursor = NULL WHERE name = ?", name));
    }

    void clearPrefix(String prefix) {
        db.write(c -> Sql.update(c, "UPDATE sync_cursors SET cursor = NULL WHERE name LIKE ? ESCAPE '\\'",
                prefix.replace("_", "\\_").replace("%", "\\%") + "%"));
    }
}
