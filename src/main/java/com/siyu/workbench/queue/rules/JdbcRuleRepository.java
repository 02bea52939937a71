package com.siyu.workbench.queue.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Rules as rows of {@code sop_rules}, each part of the rule as JSON in its own column. */
public final class JdbcRuleRepository implements RuleRepository {
    private static final String COLUMNS = "id, name, enabled, priority, trigger_json, audience_json, action_json,"
            + " timing_json, stop_json, cap_json, revision, updated_by, updated_at";

    private final Database db;
    private final ObjectMapper json = Json.newMapper();

    public JdbcRuleRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<SopRule> all() {
        return db.read(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM sop_rules ORDER BY priority DESC, name",
                this::map));
    }

    @Override
    public List<SopRule> enabled() {
        return db.read(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM sop_rules WHERE enabled = 1"
                + " ORDER BY priority DESC, id", this::map));
    }

    @Override
    public Optional<SopRule> find(String id) {
        return db.read(c -> Sql.queryOne(c, "SELECT " + COLUMNS + " FROM sop_rules WHERE id = ?", this::map, id));
    }

    @Override
    public void save(SopRule rule) {
        Object[] values = values(rule);
        db.write(c -> Sql.update(c, "INSERT OR REPLACE INTO sop_rules (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values));
    }

    @Override
    public boolean insertIfAbsent(SopRule rule) {
        Object[] values = values(rule);
        return db.inTransaction(c -> Sql.update(c, "INSERT OR IGNORE INTO sop_rules (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values) > 0);
    }

    private Object[] values(SopRule r) {
        return new Object[] {r.id(), r.name(), r.enabled(), r.priority(), write(r.trigger()), write(r.audience()),
                write(r.action()), write(r.timing()), write(r.stop()), write(r.cap()), r.revision(), r.updatedBy(),
                r.updatedAt()};
    }

    private SopRule map(ResultSet rs) throws SQLException {
        String capJson = rs.getString("cap_json");
        return new SopRule(rs.getString("id"), rs.getString("name"), rs.getInt("enabled") == 1,
                rs.getInt("priority"), read(rs, "trigger_json", Trigger.class), read(rs, "audience_json", Audience.class),
                read(rs, "action_json", RuleAction.class), read(rs, "timing_json", Timing.class),
                read(rs, "stop_json", StopConditions.class),
                capJson == null ? RuleCap.NONE : read(rs, "cap_json", RuleCap.class), rs.getInt("revision"),
                rs.getString("updated_by"), Sql.instant(rs, "updated_at"));
    }

    private String write(Object part) {
        try {
            return json.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Rule part is not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(ResultSet rs, String column, Class<T> type) throws SQLException {
        String text = rs.getString(column);
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException("Rule " + rs.getString("id") + " has an unreadable " + column + ": "
                    + e.getMessage(), e);
        }
    }
}
