package com.siyu.workbench.sync;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code sync_runs} table: one row per run, its counters updated in the same transaction as each page. */
public final class SyncRunLog {
    private final Database db;

    public SyncRunLog(Database db) {
        this.db = db;
    }

    long start(String kind, String memberUserid, Instant at) {
        return db.inTransaction(c -> Sql.insert(c, "INSERT INTO sync_runs (kind, member_userid, started_at, status)"
                + " VALUES (?, ?, ?, ?)", kind, memberUserid, at, SyncRun.RUNNING));
    }

    /** Adds a committed page's counts; called inside the page's transaction. */
    static void addCounts(Connection c, long runId, int pages, PageCounts counts) throws SQLException {
        Sql.update(c, "UPDATE sync_runs SET pages = pages + ?, contacts_added = contacts_added + ?,"
                        + " contacts_updated = contacts_updated + ?, contacts_lost = contacts_lost + ? WHERE id = ?",
                pages, counts.added(), counts.updated(), counts.lost(), runId);
    }

    void addOutbox(long runId, int sent, int parked) {
        db.write(c -> Sql.update(c, "UPDATE sync_runs SET outbox_sent = outbox_sent + ?,"
                + " outbox_parked = outbox_parked + ? WHERE id = ?", sent, parked, runId));
    }

    void finish(long runId, String status, String error, Instant at) {
        db.write(c -> Sql.update(c, "UPDATE sync_runs SET status = ?, error = ?, finished_at = ? WHERE id = ?",
                status, error, at, runId));
    }

    /** Runs left RUNNING by a process that died: they ended when it did, their work resumes in the next run. */
    int closeAbandoned(String error, Instant at) {
        return db.inTransaction(c -> Sql.update(c, "UPDATE sync_runs SET status = ?, error = ?, finished_at = ?"
                + " WHERE status = ?", SyncRun.FAILED, error, at, SyncRun.RUNNING));
    }

    public Optional<SyncRun> find(long id) {
        return db.read(c -> Sql.queryOne(c, "SELECT * FROM sync_runs WHERE id = ?", SyncRunLog::run, id));
    }

    /** The newest runs first. */
    public List<SyncRun> recent(int limit) {
        return db.read(c -> Sql.query(c, "SELECT * FROM sync_runs ORDER BY id DESC LIMIT ?", SyncRunLog::run, limit));
    }

    /** When a pull run last finished successfully, if ever. */
    public Optional<Instant> lastSuccess() {
        return db.read(c -> Sql.queryOne(c, "SELECT MAX(finished_at) FROM sync_runs WHERE status = ? AND kind <> ?",
                rs -> Sql.instant(rs, "MAX(finished_at)"), SyncRun.OK, "PUSH"));
    }

    /** Whether a run of this kind ever completed. */
    public boolean hasCompleted(String kind) {
        return db.read(c -> Sql.queryLong(c, "SELECT EXISTS (SELECT 1 FROM sync_runs WHERE kind = ? AND status = ?)",
                kind, SyncRun.OK) == 1);
    }

    private static SyncRun run(ResultSet rs) throws SQLException {
        return new SyncRun(rs.getLong("id"), rs.getString("kind"), rs.getString("member_userid"),
                Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"), rs.getString("status"),
                rs.getInt("pages"), rs.getInt("contacts_added"), rs.getInt("contacts_updated"),
                rs.getInt("contacts_lost"), rs.getInt("outbox_sent"), rs.getInt("outbox_parked"),
                rs.getString("error"));
    }
}
