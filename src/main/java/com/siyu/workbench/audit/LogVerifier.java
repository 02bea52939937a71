package com.siyu.workbench.audit;

import com.siyu.workbench.core.ProgressReporter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Walks the activity log's hash chain in seq order, one row at a time (a 500 000-entry log is never held in
 * memory), and names the first entry that cannot be trusted.
 *
 * <p>Every entry must hash to its stored hash ({@link ChainHash} covers its seq and all its fields), link to the
 * previous entry's hash, and carry the next seq. At the first break a few look-ups tell what happened:
 * <ul>
 *   <li>a missing seq → {@link LogProblem#DELETED} (also when later rows were renumbered to close the gap);</li>
 *   <li>a genuine entry (one that other entries link to or from) at the wrong place → {@link LogProblem#REORDERED};</li>
 *   <li>an entry nothing links to, while the real successor sits further on → {@link LogProblem#INSERTED};</li>
 *   <li>otherwise the entry's contents changed → {@link LogProblem#EDITED} — when its own hash still matches but the
 *       next entry does not link to it, the entry was edited and re-hashed and is the one named.</li>
 * </ul>
 * After the walk, the head the database records on every append ({@code activity_log_head}, V40) must be the last
 * entry: rows cut off the end show as {@link LogProblem#TRUNCATED}. An optional {@link Checkpoint} kept outside the
 * file catches the one thing the file alone cannot: a chain rebuilt with fresh hashes ({@link LogProblem#REWRITTEN}).
 */
public final class LogVerifier {
    private static final String SELECT = "SELECT seq, occurred_at, member_userid, action, external_userid, task_id,"
            + " content_id, content_version, details_json, prev_hash, hash FROM activity_log ORDER BY seq";
    private static final int PROGRESS_EVERY = 10_000;

    /** Verifies the log reachable through {@code c}; reports progress as entries read of the recorded total. */
    public VerificationResult verify(Connection c, Checkpoint checkpoint, ProgressReporter progress)
            throws SQLException {
        Head head = head(c);
        long total = head != null ? head.seq() : maxSeq(c);
        long expectedSeq = 1;
        String prevHash = ChainHash.GENESIS;
        String prevPrevHash = null;
        long entries = 0;
        Break found = null;
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ActivityEntry row = read(rs);
                    if (row.seq() != expectedSeq || !ChainHash.of(row).equals(row.hash())
                            || !prevHash.equals(row.prevHash())) {
                        found = new Break(row, expectedSeq, prevHash, prevPrevHash);
                        break;
                    }
                    if (checkpoint != null && row.seq() == checkpoint.seq() && !row.hash().equals(checkpoint.hash())) {
                        return VerificationResult.broken(entries, row.seq(), LogProblem.REWRITTEN,
                                "entry " + row.seq() + " no longer has the hash of the checkpoint");
                    }
                    entries++;
                    expectedSeq++;
                    prevPrevHash = prevHash;
                    prevHash = row.hash();
                    if (entries % PROGRESS_EVERY == 0) {
                        progress.progress(entries, total, null);
                        progress.checkCancelled();
                    }
                }
            }
        }
        if (found != null) {
            return classify(c, found, entries);
        }
        progress.progress(entries, total, null);
        long lastSeq = expectedSeq - 1;
        return checkEnd(head, checkpoint, entries, lastSeq, prevHash);
    }

    private static VerificationResult checkEnd(Head head, Checkpoint checkpoint, long entries, long lastSeq,
                                               String lastHash) {
        if (head != null && head.seq() > lastSeq) {
            return VerificationResult.broken(entries, lastSeq + 1, LogProblem.TRUNCATED,
                    "the log ends at " + lastSeq + " but entries up to " + head.seq() + " were appended");
        }
        if (head != null && head.seq() == lastSeq && !head.hash().equals(lastHash)) {
            return VerificationResult.broken(entries, lastSeq, LogProblem.EDITED,
                    "the last entry was rewritten after it was appended");
        }
        if (head != null && head.seq() < lastSeq) {
            return VerificationResult.broken(entries, head.seq() + 1, LogProblem.INSERTED,
                    "entries after " + head.seq() + " were added outside the workbench");
        }
        if (checkpoint != null && checkpoint.seq() > lastSeq) {
            return VerificationResult.broken(entries, lastSeq + 1, LogProblem.TRUNCATED,
                    "the checkpoint names entry " + checkpoint.seq() + " but the log ends at " + lastSeq);
        }
        return VerificationResult.intact(entries, lastSeq, lastSeq == 0 ? null : lastHash);
    }

    private static VerificationResult classify(Connection c, Break b, long entries) throws SQLException {
        ActivityEntry row = b.row();
        if (row.seq() != b.expectedSeq()) {
            return VerificationResult.broken(entries, b.expectedSeq(), LogProblem.DELETED,
                    "entry " + b.expectedSeq() + " is missing; the next one is " + row.seq());
        }
        boolean selfConsistent = ChainHash.of(row).equals(row.hash());
        boolean linksToPrevious = b.prevHash().equals(row.prevHash());
        long previousSeq = row.seq() - 1;
        if (!linksToPrevious && b.prevPrevHash() != null && b.prevPrevHash().equals(row.prevHash())) {
            return VerificationResult.broken(entries - 1, previousSeq, LogProblem.INSERTED,
                    "entry " + previousSeq + " sits between two entries that were chained to each other");
        }
        if (selfConsistent) {
            // Its own hash matches but it does not link to the entry before: that one was edited and re-hashed.
            long culprit = previousSeq >= 1 ? previousSeq : row.seq();
            return VerificationResult.broken(Math.max(0, entries - 1), culprit, LogProblem.EDITED,
                    "entry " + culprit + " was changed and re-hashed; the next entry no longer links to it");
        }
        boolean realSuccessorElsewhere = exists(c, "SELECT 1 FROM activity_log WHERE prev_hash = ? AND seq > ?",
                b.prevHash(), row.seq());
        if (linksToPrevious) {
            return realSuccessorElsewhere
                    ? VerificationResult.broken(entries, row.seq(), LogProblem.INSERTED,
                            "entry " + row.seq() + " was slipped in before the entry that follows " + previousSeq)
                    : VerificationResult.broken(entries, row.seq(), LogProblem.EDITED,
                            "entry " + row.seq() + " does not match its hash");
        }
        boolean genuine = exists(c, "SELECT 1 FROM activity_log WHERE prev_hash = ? AND seq <> ?", row.hash(),
                row.seq()) || exists(c, "SELECT 1 FROM activity_log WHERE hash = ? AND seq <> ?", row.prevHash(),
                row.seq());
        if (realSuccessorElsewhere) {
            return genuine
                    ? VerificationResult.broken(entries, row.seq(), LogProblem.REORDERED,
                            "entry " + row.seq() + " was moved: it belongs elsewhere in the chain")
                    : VerificationResult.broken(entries, row.seq(), LogProblem.INSERTED,
                            "entry " + row.seq() + " is not part of the chain");
        }
        if (genuine) {
            return VerificationResult.broken(entries, row.seq(), LogProblem.DELETED,
                    "the entry after " + previousSeq + " is missing and later entries were renumbered");
        }
        return VerificationResult.broken(entries, row.seq(), LogProblem.EDITED,
                "entry " + row.seq() + " does not match its hash");
    }

    private static boolean exists(Connection c, String sql, String hash, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql + " LIMIT 1")) {
            ps.setString(1, hash);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static ActivityEntry read(ResultSet rs) throws SQLException {
        long version = rs.getLong(8);
        Integer contentVersion = rs.wasNull() ? null : (int) version;
        return new ActivityEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), contentVersion,
                rs.getString(9), nullToEmpty(rs.getString(10)), nullToEmpty(rs.getString(11)));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The head V40 keeps; null in a database from before V40 (then only the chain itself is checked). */
    private static Head head(Connection c) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'activity_log_head'");
             ResultSet table = exists.executeQuery()) {
            if (!table.next()) {
                return null;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM activity_log_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            // A head row that was deleted counts as "nothing appended", which the walk then contradicts.
            return rs.next() ? new Head(rs.getLong(1), nullToEmpty(rs.getString(2))) : new Head(0, ChainHash.GENESIS);
        }
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM activity_log");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private record Head(long seq, String hash) {
    }

    private record Break(ActivityEntry row, long expectedSeq, String prevHash, String prevPrevHash) {
    }
}
