package com.siyu.workbench.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Row mapping for content versions and script steps, shared by the repository and the read API. */
final class VersionRows {
    private static final ObjectMapper JSON = Json.newMapper();

    private VersionRows() {
    }

    static ContentVersion version(ResultSet rs, Map<Integer, List<ScriptStep>> steps) throws SQLException {
        int version = rs.getInt("version");
        String scopeType = rs.getString("scope_type");
        Scope scope = scopeType == null ? null : new Scope(ScopeType.valueOf(scopeType), rs.getString("scope_value"));
        ContentBody body = new ContentBody(ContentType.valueOf(rs.getString("type")), rs.getString("name"),
                rs.getString("scene"), audience(rs.getString("audience_json")), scope, rs.getString("text"),
                Attachments.fromJsonText(rs.getString("attachments_json")), rs.getString("target_chat_id"),
                rs.getString("join_qr_code"), rs.getString("group_welcome_text"),
                steps.getOrDefault(version, List.of()));
        return new ContentVersion(rs.getString("content_id"), version, ContentStatus.valueOf(rs.getString("status")),
                body, rs.getString("author"), Sql.instant(rs, "created_at"), Sql.instant(rs, "submitted_at"),
                rs.getString("reviewer"), Sql.instant(rs, "reviewed_at"), rs.getString("review_reason"));
    }

    /** Steps of one item, by version ({@code version} null = all versions). */
    static Map<Integer, List<ScriptStep>> steps(Connection c, String id, Integer version) throws SQLException {
        Map<Integer, List<ScriptStep>> byVersion = new HashMap<>();
        String sql = "SELECT version, day_offset, window_start, window_end, text, attachments_json FROM script_steps"
                + " WHERE content_id = ?" + (version == null ? "" : " AND version = ?") + " ORDER BY version, step_no";
        Object[] params = version == null ? new Object[] {id} : new Object[] {id, version};
        Sql.query(c, sql, rs -> byVersion.computeIfAbsent(rs.getInt("version"), v -> new ArrayList<>())
                .add(new ScriptStep(rs.getInt("day_offset"), time(rs.getString("window_start")),
                        time(rs.getString("window_end")), rs.getString("text"),
                        Attachments.fromJsonText(rs.getString("attachments_json")))), params);
        return byVersion;
    }

    static void insertSteps(Connection c, String id, int version, List<ScriptStep> steps) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ScriptStep s = steps.get(i);
            rows.add(new Object[] {id, version, i + 1, s.dayOffset(), hhmm(s.windowStart()), hhmm(s.windowEnd()),
                    s.text(), Attachments.toJsonText(s.attachments())});
        }
        if (!rows.isEmpty()) {
            Sql.batch(c, "INSERT INTO script_steps (content_id, version, step_no, day_offset, window_start, window_end,"
                    + " text, attachments_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    static String audienceJson(List<String> audience) {
        if (audience.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(audience);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings always serialises", e);
        }
    }

    static List<String> audience(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("content_versions.audience_json is not a JSON string array: " + json, e);
        }
    }

    static LocalTime time(String hhmm) {
        return hhmm == null || hhmm.isBlank() ? null : LocalTime.parse(hhmm);
    }

    static String hhmm(LocalTime time) {
        return time == null ? null : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
