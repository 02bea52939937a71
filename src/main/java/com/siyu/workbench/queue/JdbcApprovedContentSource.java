package com.siyu.workbench.queue;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads approved content straight from the V1 content tables ({@code content_items/_versions}, {@code script_steps}). */
public final class JdbcApprovedContentSource implements ApprovedContentSource {
    private final Database db;

    public JdbcApprovedContentSource(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, ApprovedContent> approved(Collection<String> contentIds) {
        Map<String, ApprovedContent> found = new LinkedHashMap<>();
        if (contentIds.isEmpty()) {
            return found;
        }
        db.read(c -> {
            for (String id : contentIds) {
                Optional<Integer> version = Sql.queryOne(c, "SELECT approved_version FROM content_items"
                        + " WHERE id = ? AND retired_at IS NULL AND approved_version IS NOT NULL",
                        rs -> rs.getInt(1), id);
                if (version.isPresent()) {
                    load(c, id, version.get()).ifPresent(content -> found.put(id, content));
                }
            }
            return null;
        });
        return found;
    }

    @Override
    public Optional<ApprovedContent> version(String contentId, int version) {
        return db.read(c -> load(c, contentId, version));
    }

    @Override
    public List<ContentChoice> choices() {
        return db.read(c -> Sql.query(c, "SELECT id, type, name, approved_version IS NOT NULL AND retired_at IS NULL"
                        + " FROM content_items ORDER BY type, name",
                rs -> new ContentChoice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1)));
    }

    private static Optional<ApprovedContent> load(Connection c, String id, int version) throws SQLException {
        var head = Sql.queryOne(c, "SELECT i.type, v.name, v.text, v.attachments_json, v.target_chat_id"
                        + " FROM content_items i JOIN content_versions v ON v.content_id = i.id"
                        + " WHERE i.id = ? AND v.version = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)}, id, version);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String[] h = head.get();
        List<ContentStep> steps = new ArrayList<>();
        if ("SCRIPT".equals(h[0])) {
            steps.addAll(Sql.query(c, "SELECT step_no, day_offset, window_start, window_end, text, attachments_json"
                    + " FROM script_steps WHERE content_id = ? AND version = ? ORDER BY step_no",
                    rs -> new ContentStep(rs.getInt(1), rs.getInt(2), time(rs.getString(3)), time(rs.getString(4)),
                            rs.getString(5), rs.getString(6)), id, version));
        } else {
            steps.add(new ContentStep(1, 0, null, null, h[2] == null ? "" : h[2], h[3]));
        }
        return Optional.of(new ApprovedContent(id, h[0], h[1], version, steps, h[4]));
    }

    private static LocalTime time(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
    }
}
