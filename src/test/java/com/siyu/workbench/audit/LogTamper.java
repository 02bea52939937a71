package com.siyu.workbench.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What an attacker with the SQLite file does: drop the guards, then change rows with plain JDBC. */
final class LogTamper implements AutoCloseable {
    private final Connection c;

    LogTamper(Path file) throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            for (String trigger : List.of("activity_log_append_at_end", "activity_log_advance_head",
                    "activity_log_no_update", "activity_log_no_delete", "activity_log_head_forward_only",
                    "activity_log_head_no_delete")) {
                s.execute("DROP TRIGGER IF EXISTS " + trigger);
            }
        }
    }

    void edit(long seq) throws SQLException {
        exec("UPDATE activity_log SET occurred_at = occurred_at + 60000, details_json = '{\"reason\":\"改过\"}' WHERE seq = ?", seq);
    }

    void delete(long seq) throws SQLException {
        exec("DELETE FROM activity_log WHERE seq = ?", seq);
    }

    void swap(long a, long b) throws SQLException {
        exec("UPDATE activity_log SET seq = -1 WHERE seq = ?", a);
        exec("UPDATE activity_log SET seq = ? WHERE seq = ?", a, b);
        exec("UPDATE activity_log SET seq = ? WHERE seq = -1", b);
    }

    /** Edits an entry and gives it a correct hash for its new contents. */
    void editAndRehash(long seq) throws SQLException {
        edit(seq);
        ActivityEntry e = entry(seq);
        exec("UPDATE activity_log SET hash = ? WHERE seq = ?", ChainHash.of(e), seq);
    }

    /** Shifts entries from {@code seq} on up by one and slips a well-formed forged entry in at {@code seq}. */
    void insertForged(long seq, boolean validHash) throws SQLException {
        exec("UPDATE activity_log SET seq = seq + 1000000 WHERE seq >= ?", seq);
        exec("UPDATE activity_log SET seq = seq - 999999 WHERE seq >= 1000000");
        String prev = seq == 1 ? ChainHash.GENESIS : entry(seq - 1).hash();
        ActivityEntry forged = new ActivityEntry(seq, Instant.parse("2026-11-20T02:00:00Z"), "zhangxw", "task.done",
                "wmForged", "t-forged", null, null, null, prev, null);
        String hash = validHash ? ChainHash.of(forged) : "f".repeat(64);
        exec("INSERT INTO activity_log (seq, occurred_at, member_userid, action, external_userid, task_id, prev_hash,"
                + " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seq, forged.occurredAt().toEpochMilli(),
                forged.memberUserid(), forged.action(), forged.externalUserid(), forged.taskId(), prev, hash);
    }

    /** Rebuilds every hash from the first entry on, and the head, as someone who knows the algorithm would. */
    void rechainAll() throws SQLException {
        List<ActivityEntry> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM activity_log ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(entry(rs.getLong(1)));
            }
        }
        String prev = ChainHash.GENESIS;
        for (ActivityEntry e : all) {
            ActivityEntry relinked = new ActivityEntry(e.seq(), e.occurredAt(), e.memberUserid(), e.action(),
                    e.externalUserid(), e.taskId(), e.contentId(), e.contentVersion(), e.detailsJson(), prev, null);
            String hash = ChainHash.of(relinked);
            exec("UPDATE activity_log SET prev_hash = ?, hash = ? WHERE seq = ?", prev, hash, e.seq());
            prev = hash;
        }
        long last = all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
        exec("UPDATE activity_log_head SET last_seq = ?, last_hash = ?", last, prev);
    }

    ActivityEntry entry(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM activity_log WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong("content_version");
                Integer version = rs.wasNull() ? null : (int) v;
                return new ActivityEntry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("occurred_at")),
                        rs.getString("member_userid"), rs.getString("action"), rs.getString("external_userid"),
                        rs.getString("task_id"), rs.getString("content_id"), version, rs.getString("details_json"),
                        rs.getString("prev_hash"), rs.getString("hash"));
            }
        }
    }

    void exec(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
