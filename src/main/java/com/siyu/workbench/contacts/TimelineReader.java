package com.siyu.workbench.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.contacts.TimelineEntry.Kind;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Merges a customer's history from where each part lives: follows (added, lost), open queue tasks, the activity log
 * (sends, task outcomes, tag and remark edits, order matches), local notes and orders. Newest first.
 */
final class TimelineReader {
    private static final ObjectMapper JSON = Json.newMapper();
    private final ZoneId zone;

    TimelineReader(ZoneId zone) {
        this.zone = zone;
    }

    List<TimelineEntry> read(Connection c, String externalUserid, List<FollowInfo> follows, List<NoteEntry> notes,
                             Map<String, String> names) throws SQLException {
        List<TimelineEntry> entries = new ArrayList<>();
        for (FollowInfo f : follows) {
            entries.add(new TimelineEntry(f.addedAt(), Kind.ADDED, null, f.userid(), f.memberName(), f.channelName()));
            if (f.lost() && f.lostAt() != null) {
                entries.add(new TimelineEntry(f.lostAt(), Kind.LOST, null, f.userid(), f.memberName(), null));
            }
        }
        Map<String, String> taskKinds = taskKinds(c, externalUserid);
        notes.forEach(n -> entries.add(new TimelineEntry(n.createdAt(), Kind.NOTE,
                n.taskId() == null ? null : taskKinds.getOrDefault(n.taskId(), ""), n.userid(), n.memberName(),
                n.body())));
        int limit = JdbcContactProfileRepository.TIMELINE_LIMIT;
        entries.addAll(Sql.query(c, "SELECT due_date, kind, reason_code, member_userid FROM tasks"
                + " WHERE external_userid = ? AND status IN ('OPEN', 'SNOOZED', 'HELD')"
                + " ORDER BY due_date DESC LIMIT ?", rs -> new TimelineEntry(
                LocalDate.parse(rs.getString(1)).atStartOfDay(zone).toInstant(), Kind.TASK, rs.getString(2),
                rs.getString(4), names.getOrDefault(rs.getString(4), rs.getString(4)), rs.getString(3)),
                externalUserid, limit));
        entries.addAll(Sql.query(c, "SELECT occurred_at, action, member_userid, details_json FROM activity_log"
                + " WHERE external_userid = ? AND action <> ? ORDER BY occurred_at DESC LIMIT ?",
                rs -> new TimelineEntry(Sql.instant(rs, "occurred_at"), Kind.LOG, rs.getString(2), rs.getString(3),
                        names.getOrDefault(rs.getString(3), rs.getString(3)),
                        summary(rs.getString(2), rs.getString(4))), externalUserid, Actions.CONTACT_NOTE, limit));
        entries.addAll(Sql.query(c, "SELECT ordered_at, order_id, amount_cents, items, credited_userid FROM orders"
                + " WHERE external_userid = ? ORDER BY ordered_at DESC LIMIT ?", rs -> new TimelineEntry(
                Sql.instant(rs, "ordered_at"), Kind.ORDER, null, rs.getString(5),
                names.getOrDefault(rs.getString(5), rs.getString(5)),
                rs.getString(2) + " · " + Money.format(rs.getLong(3))
                        + (rs.getString(4) == null || rs.getString(4).isBlank() ? "" : " · " + rs.getString(4))),
                externalUserid, limit));
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    /** The kind of each task the customer's notes were written from (tasks regeneration deleted are absent). */
    private static Map<String, String> taskKinds(Connection c, String externalUserid) throws SQLException {
        Map<String, String> kinds = new HashMap<>();
        for (String[] task : Sql.query(c, "SELECT DISTINCT t.id, t.kind FROM contact_notes n JOIN tasks t"
                + " ON t.id = n.task_id WHERE n.external_userid = ?", rs -> new String[] {rs.getString(1),
                rs.getString(2)}, externalUserid)) {
            kinds.put(task[0], task[1]);
        }
        return kinds;
    }

    /** The data part of a log line: tag names for tag edits, the new remark, a skip reason. */
    static String summary(String action, String detailsJson) {
        if (detailsJson == null) {
            return null;
        }
        JsonNode details;
        try {
            details = JSON.readTree(detailsJson);
        } catch (java.io.IOException unreadable) {
            return null;
        }
        if (Actions.CONTACT_TAGS.equals(action)) {
            StringJoiner text = new StringJoiner(" ");
            details.path("addedNames").forEach(n -> text.add("+" + n.asText()));
            details.path("removedNames").forEach(n -> text.add("−" + n.asText()));
            return text.toString();
        }
        if (Actions.CONTACT_REMARK.equals(action)) {
            return details.path("remark").asText("") + " / " + details.path("description").asText("");
        }
        for (String field : new String[] {"reason", "orderId", "contentName"}) {
            if (details.hasNonNull(field)) {
                return details.get(field).asText();
            }
        }
        return null;
    }
}
