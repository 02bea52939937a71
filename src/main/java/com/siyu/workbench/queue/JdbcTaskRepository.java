package com.siyu.workbench.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.queue.rules.Section;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class JdbcTaskRepository implements TaskRepository {
    private static final String SELECT = "SELECT t.*, c.name AS contact_name, f.remark, f.added_at,"
            + " f.status AS follow_status, f.lost_at, COALESCE(ch.name, f.state) AS channel, r.name AS rule_name,"
            + " (SELECT MAX(touched_at) FROM contact_touches ct WHERE ct.userid = t.member_userid"
            + "   AND ct.external_userid = t.external_userid) AS last_touch,"
            + " (SELECT MAX(touched_at) FROM contact_touches ct WHERE ct.userid = t.member_userid"
            + "   AND ct.external_userid = t.external_userid AND ct.kind = 'REPLIED') AS last_reply"
            + " FROM tasks t"
            + " LEFT JOIN contacts c ON c.external_userid = t.external_userid"
            + " LEFT JOIN follows f ON f.external_userid = t.external_userid AND f.userid = t.member_userid"
            + " LEFT JOIN channels ch ON ch.state = f.state"
            + " LEFT JOIN sop_rules r ON r.id = t.rule_id";
    private static final int IN_CHUNK = 400;

    private final Database db;
    private final ObjectMapper json = Json.newMapper();

    public JdbcTaskRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<TaskCard> day(String member, LocalDate day, Instant dayStart, Instant dayEnd) {
        return db.read(c -> {
            List<Object[]> rows = Sql.query(c, SELECT + " WHERE t.member_userid = ? AND t.status <> 'CANCELLED' AND ("
                    + " t.due_date = ?"
                    + " OR (t.status IN ('OPEN', 'SNOOZED') AND t.due_date < ?)"
                    + " OR (t.status = 'HELD' AND t.due_date = ?)"
                    + " OR (t.due_date < ? AND t.completed_at >= ? AND t.completed_at < ?))",
                    rs -> new Object[] {rs.getString("external_userid"), rs.getString("id"), partial(rs)},
                    member, day, day, day.plusDays(1), day, dayStart, dayEnd);
            Set<String> contacts = new LinkedHashSet<>();
            rows.forEach(r -> contacts.add((String) r[0]));
            Map<String, List<TagRef>> tags = tags(c, member, contacts);
            List<TaskCard> cards = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                cards.add(((TaskCard) row[2]).withTags(tags.getOrDefault((String) row[0], List.of())));
            }
            return cards;
        });
    }

    @Override
    public Optional<TaskCard> find(String taskId) {
        return db.read(c -> {
            Optional<TaskCard> card = Sql.queryOne(c, SELECT + " WHERE t.id = ?", this::partial, taskId);
            if (card.isEmpty()) {
                return card;
            }
            TaskCard found = card.get();
            return Optional.of(found.withTags(tags(c, found.memberUserid(), Set.of(found.contactId()))
                    .getOrDefault(found.contactId(), List.of())));
        });
    }

    @Override
    public boolean finish(Connection c, String taskId, TaskStatus status, String reason, Instant at)
            throws SQLException {
        return Sql.update(c, "UPDATE tasks SET status = ?, status_reason = ?, completed_at = ?, snoozed_until = NULL"
                + " WHERE id = ? AND status IN ('OPEN', 'SNOOZED')", status, reason, at, taskId) == 1;
    }

    @Override
    public void snooze(Connection c, String taskId, Instant until, LocalDate dueDate) throws SQLException {
        Sql.update(c, "UPDATE tasks SET status = 'SNOOZED', snoozed_until = ?, due_date = ? WHERE id = ?"
                + " AND status IN ('OPEN', 'SNOOZED')", until, dueDate, taskId);
    }

    @Override
    public void hold(Connection c, String taskId, LocalDate dueDate, StatusReason reason) throws SQLException {
        Sql.update(c, "UPDATE tasks SET status = 'HELD', due_date = ?, status_reason = ? WHERE id = ?",
                dueDate, reason, taskId);
    }

    @Override
    public List<TagRef> allTags() {
        return db.read(c -> Sql.query(c, "SELECT t.tag_id, t.name, g.name FROM tags t"
                + " JOIN tag_groups g ON g.group_id = t.group_id WHERE t.deleted = 0 AND g.deleted = 0"
                + " ORDER BY g.sort_order, g.name, t.sort_order, t.name",
                rs -> new TagRef(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    @Override
    public List<TagRef> tagsOf(String member, String contact) {
        return db.read(c -> tags(c, member, Set.of(contact)).getOrDefault(contact, List.of()));
    }

    private static Map<String, List<TagRef>> tags(Connection c, String member, Set<String> contacts)
            throws SQLException {
        Map<String, List<TagRef>> byContact = new HashMap<>();
        List<String> ids = new ArrayList<>(contacts);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            Object[] params = new Object[chunk.size() + 1];
            params[0] = member;
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 1] = chunk.get(i);
            }
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            for (Object[] row : Sql.query(c, "SELECT ft.external_userid, t.tag_id, t.name, g.name FROM follow_tags ft"
                            + " JOIN tags t ON t.tag_id = ft.tag_id JOIN tag_groups g ON g.group_id = t.group_id"
                            + " WHERE ft.userid = ? AND ft.external_userid IN (" + marks + ")"
                            + " ORDER BY g.sort_order, g.name, t.sort_order, t.name",
                    rs -> new Object[] {rs.getString(1), new TagRef(rs.getString(2), rs.getString(3), rs.getString(4))},
                    params)) {
                byContact.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((TagRef) row[1]);
            }
        }
        return byContact;
    }

    private TaskCard partial(ResultSet rs) throws SQLException {
        return new TaskCard(rs.getString("id"), rs.getString("member_userid"), rs.getString("external_userid"),
                rs.getString("contact_name"), rs.getString("remark"), List.of(), rs.getString("channel"),
                Sql.instant(rs, "added_at"), Sql.instant(rs, "last_touch"),
                Sql.instant(rs, "last_reply"), "LOST".equals(rs.getString("follow_status")),
                Sql.instant(rs, "lost_at"), rs.getString("rule_id"), rs.getString("rule_name"),
                TaskKind.valueOf(rs.getString("kind")), Section.valueOf(rs.getString("section")),
                Sql.date(rs, "due_date"), time(rs.getString("window_start")), time(rs.getString("window_end")),
                rs.getInt("priority"), rs.getString("reason_code"), reason(rs.getString("reason_json")),
                rs.getString("content_id"), Sql.integer(rs, "content_version"), Sql.integer(rs, "step_no"),
                TaskStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                Sql.instant(rs, "snoozed_until"), Sql.instant(rs, "completed_at"));
    }

    private Map<String, Object> reason(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}
