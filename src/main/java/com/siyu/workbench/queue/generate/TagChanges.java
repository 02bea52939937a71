package com.siyu.workbench.queue.generate;

import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tag changes since generation last looked: SQLite compares the member's {@code follow_tags} with the snapshot
 * {@code queue_tag_seen} and only the differences come back. With {@code baseline} (the member's first generation)
 * nothing counts as a change: tags a contact had before the workbench looked were not "added today"; the snapshot is
 * simply taken.
 */
public final class TagChanges {
    /** A tag change to record in {@code queue_tag_events}. */
    public record Event(String externalUserid, TagEvent event) {
    }

    private final boolean baseline;
    private final double[] fingerprint;
    private final List<Event> events = new ArrayList<>();
    private final List<String[]> added = new ArrayList<>();
    private final List<String[]> removed = new ArrayList<>();

    private TagChanges(boolean baseline, double[] fingerprint) {
        this.baseline = baseline;
        this.fingerprint = fingerprint;
    }

    public static TagChanges detect(Connection c, String member, int day, boolean baseline) throws SQLException {
        double[] now = fingerprint(c, member);
        TagChanges changes = new TagChanges(baseline, now);
        if (baseline) {
            return changes;
        }
        double[] seen = Sql.queryOne(c, "SELECT row_count, rowid_total FROM queue_tag_fingerprint WHERE userid = ?",
                rs -> new double[] {rs.getDouble(1), rs.getDouble(2)}, member).orElse(null);
        if (seen != null && seen[0] == now[0] && seen[1] == now[1]) {
            return changes; // nothing written to this member's tags since the snapshot
        }
        // EXCEPT with ORDER BY runs as a merge of the two index scans: no probing row by row.
        changes.added.addAll(Sql.query(c, "SELECT external_userid, tag_id FROM follow_tags WHERE userid = ?"
                + " EXCEPT SELECT external_userid, tag_id FROM queue_tag_seen WHERE userid = ? ORDER BY 1, 2",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, member, member));
        changes.removed.addAll(Sql.query(c, "SELECT external_userid, tag_id FROM queue_tag_seen WHERE userid = ?"
                + " EXCEPT SELECT external_userid, tag_id FROM follow_tags WHERE userid = ? ORDER BY 1, 2",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, member, member));
        for (String[] row : changes.added) {
            changes.events.add(new Event(row[0], new TagEvent(row[1], true, day)));
        }
        for (String[] row : changes.removed) {
            boolean stillFollowed = Sql.queryOne(c, "SELECT 1 FROM follows WHERE external_userid = ? AND userid = ?",
                    rs -> true, row[0], member).isPresent();
            if (stillFollowed) {
                changes.events.add(new Event(row[0], new TagEvent(row[1], false, day)));
            }
        }
        return changes;
    }

    /**
     * Row count and rowid total of the member's follow_tags, from the index alone. Any insert or delete moves it
     * (a new row gets a new rowid), except a delete of the table's last row followed by an insert that reuses its
     * rowid; such a change is picked up with the next change to the member's tags.
     */
    private static double[] fingerprint(Connection c, String member) throws SQLException {
        return Sql.queryOne(c, "SELECT COUNT(*), TOTAL(rowid) FROM follow_tags WHERE userid = ?",
                rs -> new double[] {rs.getDouble(1), rs.getDouble(2)}, member).orElse(new double[] {0, 0});
    }

    /** The fingerprint to store with the snapshot this run writes. */
    public double[] fingerprint() {
        return fingerprint.clone();
    }

    public boolean baseline() {
        return baseline;
    }

    public List<Event> events() {
        return events;
    }

    /** Rows {external_userid, tag_id} now on the contact and not yet in the snapshot. */
    public List<String[]> added() {
        return added;
    }

    /** Rows {external_userid, tag_id} in the snapshot and no longer on the contact (or no longer followed). */
    public List<String[]> removed() {
        return removed;
    }
}
