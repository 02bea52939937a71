package com.siyu.workbench.queue.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.queue.TaskStatus;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class JdbcGenerationRepository implements GenerationRepository {
    /** Tasks that carry sendable content: what the daily receipt cap counts. */
    static final String SENDS = "content_version IS NOT NULL AND kind IN ('GREET', 'SCRIPT_STEP', 'WELCOME', 'INVITE')";

    private final Database db;
    private final ZoneId zone;
    private final ObjectMapper json = Json.newMapper();

    public JdbcGenerationRepository(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    @Override
    public Optional<LocalDate> lastGeneratedBefore(String member, LocalDate day) {
        return db.read(c -> Sql.queryOne(c, "SELECT MAX(day) AS last_day FROM queue_generations WHERE member_userid = ?"
                + " AND day < ?", rs -> Sql.date(rs, "last_day"), member, day));
    }

    @Override
    public Optional<LocalDate> firstGenerated(String member) {
        return db.read(c -> Sql.queryOne(c, "SELECT MIN(day) AS first_day FROM queue_generations"
                + " WHERE member_userid = ?", rs -> Sql.date(rs, "first_day"), member));
    }

    @Override
    public boolean generated(String member, LocalDate day) {
        return db.read(c -> Sql.queryOne(c, "SELECT 1 FROM queue_generations WHERE member_userid = ? AND day = ?",
                rs -> true, member, day)).isPresent();
    }

    @Override
    public List<ExistingTask> existing(String member, LocalDate fromDay) {
        return db.read(c -> Sql.query(c, "SELECT id, external_userid, rule_id, rule_revision, status, due_date,"
                + " sequence_start, " + SENDS + " AS sends, priority, completed_at, reason_json FROM tasks"
                + " WHERE member_userid = ? AND due_date >= ?"
                + " UNION SELECT id, external_userid, rule_id, rule_revision, status, due_date, sequence_start, "
                + SENDS + ", priority, completed_at, reason_json FROM tasks"
                + " WHERE member_userid = ? AND status IN ('OPEN', 'HELD', 'SNOOZED') AND due_date < ?",
                this::existingTask, member, fromDay, member, fromDay));
    }

    private ExistingTask existingTask(ResultSet rs) throws SQLException {
        Instant completed = Sql.instant(rs, "completed_at");
        String start = rs.getString("sequence_start");
        return new ExistingTask(rs.getString("id"), rs.getString("external_userid"), rs.getString("rule_id"),
                rs.getInt("rule_revision"), TaskStatus.valueOf(rs.getString("status")),
                (int) LocalDate.parse(rs.getString("due_date")).toEpochDay(),
                start == null ? ContactFacts.NONE : (int) LocalDate.parse(start).toEpochDay(),
                rs.getInt("sends") == 1, rs.getInt("priority"),
                completed == null ? ContactFacts.NONE : (int) completed.atZone(zone).toLocalDate().toEpochDay(),
                heldFrom(rs.getString("reason_json")));
    }

    private String heldFrom(String reasonJson) {
        if (reasonJson == null || !reasonJson.contains("heldFrom")) {
            return null;
        }
        try {
            var node = json.readTree(reasonJson).get("heldFrom");
            return node == null ? null : node.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    @Override
    public Map<String, Integer> sendsByOthers(String member, LocalDate day) {
        Map<String, Integer> sends = new HashMap<>();
        db.read(c -> {
            for (Object[] row : Sql.query(c, "SELECT external_userid, COUNT(*) FROM tasks WHERE due_date = ?"
                    + " AND member_userid <> ? AND status IN ('OPEN', 'SNOOZED', 'SENT') AND " + SENDS
                    + " GROUP BY external_userid", rs -> new Object[] {rs.getString(1), rs.getInt(2)}, day, member)) {
                sends.put((String) row[0], (Integer) row[1]);
            }
            return null;
        });
        return sends;
    }

    @Override
    public int apply(String member, LocalDate day, Reconciliation changes, TagChanges tags, Instant now) {
        boolean nothing = changes.isEmpty() && !tags.baseline() && tags.added().isEmpty() && tags.removed().isEmpty();
        if (nothing && generated(member, day)) {
            return 0; // a re-run that changes nothing costs no write (and no fsync)
        }
        return db.inTransaction(c -> {
            int inserted = insert(c, member, changes.inserts(), now);
            update(c, changes.updates());
            Sql.batch(c, "DELETE FROM tasks WHERE id = ? AND status IN ('OPEN', 'HELD')",
                    changes.deletes().stream().map(id -> new Object[] {id}).toList());
            Sql.batch(c, "UPDATE tasks SET status = 'CANCELLED', status_reason = ?, completed_at = ? WHERE id = ?"
                    + " AND status IN ('OPEN', 'HELD', 'SNOOZED')", changes.cancels().entrySet().stream()
                    .map(e -> new Object[] {e.getValue().name(), now, e.getKey()}).toList());
            move(c, changes.moves());
            writeTags(c, member, tags);
            Sql.update(c, "INSERT INTO queue_generations (member_userid, day, generated_at, tasks_created)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (member_userid, day) DO UPDATE SET"
                    + " generated_at = excluded.generated_at, tasks_created = tasks_created + excluded.tasks_created",
                    member, day, now, inserted);
            return inserted;
        });
    }

    private int insert(Connection c, String member, List<Reconciliation.Insert> inserts, Instant now)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>(inserts.size());
        for (Reconciliation.Insert insert : inserts) {
            Candidate t = insert.candidate();
            Map<String, Object> reason = new TreeMap<>(t.reason());
            if (insert.heldFrom() != null) {
                reason.put("heldFrom", insert.heldFrom());
            }
            rows.add(new Object[] {t.id(), member, t.contact(), t.ruleId(), t.ruleId() == null ? null : t.ruleRevision(),
                    t.kind(), t.section(), LocalDate.ofEpochDay(insert.dueDay()), time(t.windowStart()),
                    time(t.windowEnd()), t.priority(), t.reasonCode(), write(reason), t.contentId(),
                    t.contentVersion(), t.stepNo(), LocalDate.ofEpochDay(t.sequenceStart()), insert.status(),
                    insert.heldReason(), now});
        }
        int before = (int) Sql.queryLong(c, "SELECT total_changes()");
        Sql.batch(c, "INSERT OR IGNORE INTO tasks (id, member_userid, external_userid, rule_id, rule_revision, kind,"
                + " section, due_date, window_start, window_end, priority, reason_code, reason_json, content_id,"
                + " content_version, step_no, sequence_start, status, status_reason, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return (int) Sql.queryLong(c, "SELECT total_changes()") - before;
    }

    private void update(Connection c, List<Candidate> updates) throws SQLException {
        List<Object[]> rows = new ArrayList<>(updates.size());
        for (Candidate t : updates) {
            rows.add(new Object[] {t.ruleRevision(), t.kind(), t.section(), time(t.windowStart()), time(t.windowEnd()),
                    t.priority(), t.reasonCode(), write(t.reason()), t.contentId(), t.contentVersion(), t.stepNo(),
                    LocalDate.ofEpochDay(t.scheduledDay()), t.id()});
        }
        Sql.batch(c, "UPDATE tasks SET rule_revision = ?, kind = ?, section = ?, window_start = ?, window_end = ?,"
                + " priority = ?, reason_code = ?, reason_json = ?, content_id = ?, content_version = ?, step_no = ?,"
                + " due_date = CASE WHEN status = 'OPEN' THEN ? ELSE due_date END"
                + " WHERE id = ? AND status IN ('OPEN', 'HELD')", rows);
    }

    private void move(Connection c, List<Reconciliation.Move> moves) throws SQLException {
        for (Reconciliation.Move m : moves) {
            String reasonJson = Sql.queryOne(c, "SELECT reason_json FROM tasks WHERE id = ?", rs -> rs.getString(1),
                    m.id()).orElse(null);
            Map<String, Object> reason = reasonJson == null ? new TreeMap<>() : read(reasonJson);
            if (m.heldFrom() == null && m.status() == TaskStatus.HELD) {
                reason.putIfAbsent("heldFrom", LocalDate.ofEpochDay(m.dueDay() - 1).toString());
            }
            Sql.update(c, "UPDATE tasks SET status = ?, due_date = ?, status_reason = ?, reason_json = ? WHERE id = ?",
                    m.status(), LocalDate.ofEpochDay(m.dueDay()), m.heldReason(), write(reason), m.id());
        }
    }

    private static void writeTags(Connection c, String member, TagChanges tags) throws SQLException {
        double[] fingerprint = tags.fingerprint();
        Sql.update(c, "INSERT OR REPLACE INTO queue_tag_fingerprint (userid, row_count, rowid_total) VALUES (?, ?, ?)",
                member, (long) fingerprint[0], fingerprint[1]);
        if (tags.baseline()) {
            Sql.update(c, "DELETE FROM queue_tag_seen WHERE userid = ?", member);
            Sql.update(c, "INSERT INTO queue_tag_seen (userid, external_userid, tag_id)"
                    + " SELECT userid, external_userid, tag_id FROM follow_tags WHERE userid = ?", member);
            return;
        }
        Sql.batch(c, "INSERT OR IGNORE INTO queue_tag_seen (userid, external_userid, tag_id) VALUES (?, ?, ?)",
                tags.added().stream().map(r -> new Object[] {member, r[0], r[1]}).toList());
        Sql.batch(c, "DELETE FROM queue_tag_seen WHERE userid = ? AND external_userid = ? AND tag_id = ?",
                tags.removed().stream().map(r -> new Object[] {member, r[0], r[1]}).toList());
        Sql.batch(c, "INSERT OR IGNORE INTO queue_tag_events (userid, external_userid, tag_id, change, day)"
                + " VALUES (?, ?, ?, ?, ?)", tags.events().stream().map(e -> new Object[] {member, e.externalUserid(),
                e.event().tagId(), e.event().added() ? "ADDED" : "REMOVED",
                LocalDate.ofEpochDay(e.event().day())}).toList());
    }

    private static String time(java.time.LocalTime t) {
        return t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private String write(Map<String, Object> reason) {
        try {
            return json.writeValueAsString(new TreeMap<>(reason));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("reason is not serialisable", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String reasonJson) {
        try {
            return new TreeMap<>(json.readValue(reasonJson, Map.class));
        } catch (JsonProcessingException e) {
            return new TreeMap<>();
        }
    }
}
