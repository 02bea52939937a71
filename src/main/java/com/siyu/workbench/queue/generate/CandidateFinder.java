package com.siyu.workbench.queue.generate;

import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the contacts generation must look at today: those with a trigger event inside a rule's {@link EventWindow},
 * those added in the greet window, and those with tasks already (for stop conditions). Windows of the same kind are
 * answered together — one pass over the member's touches for every touch-based rule, one over their orders — and
 * each query returns only matching ids, so a member with 20,000 contacts costs a few hundred rows, not 20,000.
 */
final class CandidateFinder {
    private static final String OUTBOUND = "('SENT', 'COPIED', 'CALLED', 'DONE', 'INVITED')";

    private final ZoneId zone;

    CandidateFinder(ZoneId zone) {
        this.zone = zone;
    }

    Set<String> find(Connection c, String member, List<EventWindow> windows, int greetFrom, int today,
                     Collection<String> alsoThese, Collection<String> taggedNow) throws SQLException {
        Set<String> ids = new HashSet<>(alsoThese);
        ids.addAll(taggedNow);
        List<int[]> added = new ArrayList<>();
        added.add(new int[] {greetFrom, today});
        List<int[]> lost = new ArrayList<>();
        List<int[]> touched = new ArrayList<>();
        List<int[]> outbound = new ArrayList<>();
        List<int[]> ordered = new ArrayList<>();
        List<int[]> tagged = new ArrayList<>();
        List<int[]> dated = new ArrayList<>();
        for (EventWindow w : windows) {
            int[] range = {w.fromDay(), w.toDay()};
            switch (w.trigger()) {
                case CONTACT_ADDED, DAYS_SINCE_ADDED -> added.add(range);
                case CONTACT_LOST -> lost.add(range);
                case DAYS_SINCE_TOUCH -> touched.add(range);
                case NO_REPLY -> outbound.add(range);
                case DAYS_SINCE_ORDER -> ordered.add(range);
                case TAG_ADDED, TAG_REMOVED -> tagged.add(range);
                case DATE_FIELD -> dated.add(range);
                default -> throw new IllegalStateException("Unhandled trigger " + w.trigger());
            }
        }
        for (int[] r : merge(added)) {
            addIds(ids, c, "SELECT external_userid FROM follows WHERE userid = ? AND added_at >= ? AND added_at < ?",
                    member, start(r[0]), start(r[1] + 1));
        }
        for (int[] r : merge(lost)) {
            addIds(ids, c, "SELECT external_userid FROM follows WHERE userid = ? AND lost_at >= ? AND lost_at < ?",
                    member, start(r[0]), start(r[1] + 1));
        }
        for (int[] r : merge(touched)) {
            // "since the last touch" counts from the day added when there was none
            addIds(ids, c, "SELECT f.external_userid FROM follows f WHERE f.userid = ? AND f.added_at >= ?"
                    + " AND f.added_at < ? AND NOT EXISTS (SELECT 1 FROM contact_touches t"
                    + " WHERE t.userid = f.userid AND t.external_userid = f.external_userid)",
                    member, start(r[0]), start(r[1] + 1));
        }
        touches(ids, c, member, merge(touched), merge(outbound));
        if (!ordered.isEmpty()) {
            // One pass over the order index; ids of other members' customers are dropped when facts are read.
            having(ids, c, "SELECT external_userid FROM orders WHERE external_userid IS NOT NULL"
                    + " GROUP BY external_userid HAVING ", "MAX(ordered_at)", merge(ordered));
        }
        for (int[] r : merge(tagged)) {
            addIds(ids, c, "SELECT DISTINCT external_userid FROM queue_tag_events WHERE userid = ? AND day >= ?"
                    + " AND day <= ?", member, LocalDate.ofEpochDay(r[0]), LocalDate.ofEpochDay(r[1]));
        }
        if (!dated.isEmpty()) {
            dates(ids, c, member, merge(dated));
        }
        return ids;
    }

    /** One pass over the member's touches for every touch-based window. */
    private void touches(Set<String> ids, Connection c, String member, List<int[]> any, List<int[]> outbound)
            throws SQLException {
        if (any.isEmpty() && outbound.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        params.add(member);
        List<String> terms = new ArrayList<>();
        for (int[] r : any) {
            terms.add("(MAX(touched_at) >= ? AND MAX(touched_at) < ?)");
            params.add(start(r[0]));
            params.add(start(r[1] + 1));
        }
        String lastOut = "MAX(CASE WHEN kind IN " + OUTBOUND + " THEN touched_at END)";
        for (int[] r : outbound) {
            terms.add("(" + lastOut + " >= ? AND " + lastOut + " < ?)");
            params.add(start(r[0]));
            params.add(start(r[1] + 1));
        }
        addIds(ids, c, "SELECT external_userid FROM contact_touches WHERE userid = ? GROUP BY external_userid HAVING "
                + String.join(" OR ", terms), params.toArray());
    }

    private void having(Set<String> ids, Connection c, String sql, String expression, List<int[]> ranges)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (int[] r : ranges) {
            terms.add("(" + expression + " >= ? AND " + expression + " < ?)");
            params.add(start(r[0]));
            params.add(start(r[1] + 1));
        }
        addIds(ids, c, sql + String.join(" OR ", terms), params.toArray());
    }

    /**
     * Birthdays and other dates falling in the windows: the date table by month-day, and follow descriptions that
     * mention 生日 with one of the month-days in a common spelling (the exact date is read again when planning).
     */
    private static void dates(Set<String> ids, Connection c, String member, List<int[]> ranges) throws SQLException {
        Set<String> monthDays = new LinkedHashSet<>();
        List<String> likes = new ArrayList<>();
        for (int[] r : ranges) {
            for (int day = r[0]; day <= r[1] && monthDays.size() < 400; day++) {
                LocalDate date = LocalDate.ofEpochDay(day);
                if (monthDays.add(String.format("%02d-%02d", date.getMonthValue(), date.getDayOfMonth()))) {
                    int m = date.getMonthValue();
                    int d = date.getDayOfMonth();
                    for (String sep : new String[] {"-", "/", ".", "月"}) {
                        likes.add("%" + m + sep + d + "%");
                        if (m < 10 || d < 10) {
                            likes.add("%" + String.format("%02d", m) + sep + String.format("%02d", d) + "%");
                        }
                    }
                }
            }
        }
        List<Object> params = new ArrayList<>();
        params.add(member);
        params.addAll(monthDays);
        String marks = String.join(", ", java.util.Collections.nCopies(monthDays.size(), "?"));
        params.remove(0);
        params.add(member);
        addIds(ids, c, "SELECT d.external_userid FROM contact_dates d WHERE substr(d.date, -5) IN (" + marks + ")"
                + " AND EXISTS (SELECT 1 FROM follows f WHERE f.external_userid = d.external_userid AND f.userid = ?)",
                params.toArray());
        params.clear();
        params.add(member);
        params.addAll(likes);
        String terms = String.join(" OR ", java.util.Collections.nCopies(likes.size(), "description LIKE ?"));
        // The literal '%生日%' term lets SQLite use the partial index idx_follows_birthday.
        addIds(ids, c, "SELECT external_userid FROM follows WHERE userid = ? AND description LIKE '%生日%'"
                + " AND (" + terms + ")", params.toArray());
    }

    /** Sorted, overlapping or adjacent ranges joined, so the same rows are not asked for twice. */
    static List<int[]> merge(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }

    private static void addIds(Set<String> ids, Connection c, String sql, Object... params) throws SQLException {
        ids.addAll(Sql.query(c, sql, rs -> rs.getString(1), params));
    }

    private Instant start(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant();
    }
}
