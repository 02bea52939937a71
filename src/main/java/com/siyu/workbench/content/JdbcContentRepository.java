package com.siyu.workbench.content;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbcContentRepository implements ContentRepository {
    private static final String VERSION_SELECT = "SELECT i.type, v.content_id, v.version, v.status, v.name, v.scene,"
            + " v.audience_json, v.scope_type, v.scope_value, v.text, v.attachments_json, v.target_chat_id,"
            + " v.join_qr_code, v.group_welcome_text, v.author, v.created_at, v.submitted_at, v.reviewer,"
            + " v.reviewed_at, v.review_reason FROM content_versions v JOIN content_items i ON i.id = v.content_id";

    private final Database db;

    public JdbcContentRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<ContentItem> item(String id) {
        return db.read(c -> Sql.queryOne(c, "SELECT * FROM content_items WHERE id = ?", JdbcContentRepository::item,
                id));
    }

    private static ContentItem item(ResultSet rs) throws SQLException {
        return new ContentItem(rs.getString("id"), ContentType.valueOf(rs.getString("type")), rs.getString("name"),
                rs.getString("created_by"), Sql.instant(rs, "created_at"), Sql.integer(rs, "approved_version"),
                Sql.instant(rs, "retired_at"));
    }

    @Override
    public List<ContentVersion> versions(String id) {
        return db.read(c -> {
            Map<Integer, List<ScriptStep>> steps = VersionRows.steps(c, id, null);
            return Sql.query(c, VERSION_SELECT + " WHERE v.content_id = ? ORDER BY v.version",
                    rs -> VersionRows.version(rs, steps), id);
        });
    }

    @Override
    public Optional<ContentVersion> version(String id, int version) {
        return db.read(c -> {
            Map<Integer, List<ScriptStep>> steps = VersionRows.steps(c, id, version);
            return Sql.queryOne(c, VERSION_SELECT + " WHERE v.content_id = ? AND v.version = ?",
                    rs -> VersionRows.version(rs, steps), id, version);
        });
    }

    @Override
    public Optional<ContentVersion> latest(String id) {
        long newest = db.read(c -> Sql.queryLong(c,
                "SELECT COALESCE(MAX(version), 0) FROM content_versions WHERE content_id = ?", id));
        return newest == 0 ? Optional.empty() : version(id, (int) newest);
    }

    @Override
    public void insertItem(ContentItem item) {
        db.write(c -> Sql.update(c, "INSERT INTO content_items (id, type, name, created_by, created_at,"
                        + " approved_version, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?)", item.id(), item.type(),
                item.name(), item.createdBy(), item.createdAt(), item.approvedVersion(), item.retiredAt()));
    }

    @Override
    public void insertVersion(ContentVersion v) {
        db.write(c -> {
            ContentBody b = v.body();
            Sql.update(c, "INSERT INTO content_versions (content_id, version, status, name, scene, audience_json,"
                            + " scope_type, scope_value, text, attachments_json, target_chat_id, join_qr_code,"
                            + " group_welcome_text, author, created_at, submitted_at, reviewer, reviewed_at,"
                            + " review_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    v.contentId(), v.version(), v.status(), b.name(), b.scene(), VersionRows.audienceJson(b.audience()),
                    b.scope() == null ? null : b.scope().type(), b.scope() == null ? null : b.scope().value(),
                    b.text(), Attachments.toJsonText(b.attachments()), b.targetChatId(), b.joinQrCode(),
                    b.groupWelcomeText(), v.author(), v.createdAt(), v.submittedAt(), v.reviewer(), v.reviewedAt(),
                    v.reviewReason());
            VersionRows.insertSteps(c, v.contentId(), v.version(), b.steps());
            SearchIndex.reindex(c, v.contentId(), v.version(), b);
        });
    }

    @Override
    public void updateBody(String id, int version, ContentBody b) {
        db.write(c -> {
            Sql.update(c, "UPDATE content_versions SET name = ?, scene = ?, audience_json = ?, scope_type = ?,"
                            + " scope_value = ?, text = ?, attachments_json = ?, target_chat_id = ?, join_qr_code = ?,"
                            + " group_welcome_text = ? WHERE content_id = ? AND version = ?",
                    b.name(), b.scene(), VersionRows.audienceJson(b.audience()),
                    b.scope() == null ? null : b.scope().type(), b.scope() == null ? null : b.scope().value(),
                    b.text(), Attachments.toJsonText(b.attachments()), b.targetChatId(), b.joinQrCode(),
                    b.groupWelcomeText(), id, version);
            Sql.update(c, "DELETE FROM script_steps WHERE content_id = ? AND version = ?", id, version);
            VersionRows.insertSteps(c, id, version, b.steps());
            SearchIndex.reindex(c, id, version, b);
            Sql.update(c, "UPDATE content_items SET name = ? WHERE id = ? AND approved_version IS NULL", b.name(), id);
        });
    }

    @Override
    public void updateReview(ContentVersion v) {
        db.write(c -> Sql.update(c, "UPDATE content_versions SET status = ?, submitted_at = ?, reviewer = ?,"
                        + " reviewed_at = ?, review_reason = ? WHERE content_id = ? AND version = ?",
                v.status(), v.submittedAt(), v.reviewer(), v.reviewedAt(), v.reviewReason(), v.contentId(),
                v.version()));
    }

    @Override
    public void setApproved(String id, int version, String name) {
        db.write(c -> Sql.update(c, "UPDATE content_items SET approved_version = ?, retired_at = NULL, name = ?"
                + " WHERE id = ?", version, name, id));
    }

    @Override
    public void setRetired(String id, Instant at) {
        db.write(c -> Sql.update(c, "UPDATE content_items SET retired_at = ? WHERE id = ?", at, id));
    }

    @Override
    public List<ContentSummary> summaries(boolean approvedShown) {
        return db.read(c -> SummaryQuery.run(c, approvedShown));
    }

    @Override
    public List<ContentVersion> submitted() {
        return db.read(c -> {
            List<ContentVersion> versions = new ArrayList<>();
            for (VersionRef ref : Sql.query(c, "SELECT content_id, version FROM content_versions"
                            + " WHERE status = 'SUBMITTED' ORDER BY submitted_at, rowid",
                    rs -> new VersionRef(rs.getString(1), rs.getInt(2)))) {
                version(ref.contentId(), ref.version()).ifPresent(versions::add);
            }
            return versions;
        });
    }

    @Override
    public List<VersionRef> search(String query, int limit) {
        ContentSearchQuery parsed = ContentSearchQuery.parse(query);
        if (parsed.isEmpty()) {
            return List.of();
        }
        return db.read(c -> Sql.query(c, parsed.sql(limit), rs -> new VersionRef(rs.getString(1), rs.getInt(2)),
                parsed.params()));
    }

    @Override
    public boolean isEmpty() {
        long items = db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM content_items"));
        return items == 0;
    }

    @Override
    public List<String> scenes() {
        return db.read(c -> Sql.query(c, "SELECT name FROM content_scenes ORDER BY sort_order, name",
                rs -> rs.getString(1)));
    }

    @Override
    public void saveScenes(List<String> scenes) {
        db.write(c -> {
            Sql.update(c, "DELETE FROM content_scenes");
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < scenes.size(); i++) {
                rows.add(new Object[] {scenes.get(i), i + 1});
            }
            Sql.batch(c, "INSERT INTO content_scenes (name, sort_order) VALUES (?, ?)", rows);
        });
    }
}
