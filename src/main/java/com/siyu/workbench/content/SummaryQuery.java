package com.siyu.workbench.content;

import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The library list in one query: each item with its latest version and the version shown (latest or approved). */
final class SummaryQuery {
    private static final String SQL = "SELECT i.id, i.type, i.approved_version, i.retired_at,"
            + " s.version AS shown_version, s.name, s.scene, s.scope_type, s.scope_value,"
            + " l.version AS latest_version, l.status AS latest_status, l.author AS latest_author,"
            + " COALESCE(l.reviewed_at, l.submitted_at, l.created_at) AS updated_at"
            + " FROM content_items i"
            + " JOIN content_versions l ON l.content_id = i.id"
            + "  AND l.version = (SELECT MAX(version) FROM content_versions WHERE content_id = i.id)"
            + " JOIN content_versions s ON s.content_id = i.id AND s.version = %s"
            + " %s ORDER BY updated_at DESC, i.id";

    private SummaryQuery() {
    }

    static List<ContentSummary> run(Connection c, boolean approvedShown) throws SQLException {
        String sql = approvedShown
                ? String.format(SQL, "i.approved_version", "WHERE i.retired_at IS NULL")
                : String.format(SQL, "l.version", "");
        return Sql.query(c, sql, rs -> {
            String scopeType = rs.getString("scope_type");
            return new ContentSummary(rs.getString("id"), ContentType.valueOf(rs.getString("type")),
                    rs.getString("name"), rs.getString("scene"),
                    scopeType == null ? null : new Scope(ScopeType.valueOf(scopeType), rs.getString("scope_value")),
                    rs.getInt("shown_version"), rs.getInt("latest_version"),
                    ContentStatus.valueOf(rs.getString("latest_status")), Sql.integer(rs, "approved_version"),
                    rs.getString("retired_at") != null, rs.getString("latest_author"), Sql.instant(rs, "updated_at"));
        });
    }
}
