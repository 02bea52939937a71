package com.siyu.workbench.queue.rules;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;

public final class JdbcRuleChoicesRepository implements RuleChoicesRepository {
    private static final String STAGE_GROUP = "客户阶段";

    private final Database db;

    public JdbcRuleChoicesRepository(Database db) {
        this.db = db;
    }

    @Override
    public RuleChoices load() {
        return db.read(c -> new RuleChoices(
                Sql.query(c, "SELECT t.tag_id, g.name || ' / ' || t.name FROM tags t JOIN tag_groups g"
                        + " ON g.group_id = t.group_id WHERE t.deleted = 0 AND g.deleted = 0"
                        + " ORDER BY g.sort_order, g.name, t.sort_order, t.name",
                        rs -> new Choice(rs.getString(1), rs.getString(2))),
                Sql.query(c, "SELECT name, name FROM tag_groups WHERE deleted = 0 ORDER BY sort_order, name",
                        rs -> new Choice(rs.getString(1), rs.getString(2))),
                Sql.query(c, "SELECT DISTINCT t.name, t.name FROM tags t JOIN tag_groups g ON g.group_id = t.group_id"
                        + " WHERE g.name = ? AND t.deleted = 0 ORDER BY t.sort_order, t.name",
                        rs -> new Choice(rs.getString(1), rs.getString(2)), STAGE_GROUP),
                Sql.query(c, "SELECT state, name FROM channels ORDER BY name",
                        rs -> new Choice(rs.getString(1), rs.getString(2))),
                Sql.query(c, "SELECT userid, name FROM members ORDER BY name",
                        rs -> new Choice(rs.getString(1), rs.getString(2))),
                Sql.query(c, "SELECT id, name FROM departments ORDER BY sort_order, name",
                        rs -> new Choice(String.valueOf(rs.getInt(1)), rs.getString(2))),
                Sql.query(c, "SELECT id, type, name, approved_version IS NOT NULL AND retired_at IS NULL"
                        + " FROM content_items ORDER BY type, name", rs -> new RuleChoices.ContentOption(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1)),
                Sql.query(c, "SELECT m.userid, m.name FROM members m JOIN (SELECT userid, COUNT(*) AS n FROM follows"
                        + " GROUP BY userid) f ON f.userid = m.userid ORDER BY f.n DESC, m.name",
                        rs -> new Choice(rs.getString(1), rs.getString(2))),
                Sql.query(c, "SELECT s.id, s.name || ' · ' || coalesce(m.name, s.owner_userid) FROM saved_filters s"
                        + " LEFT JOIN members m ON m.userid = s.owner_userid ORDER BY s.name, s.id",
                        rs -> new Choice(String.valueOf(rs.getLong(1)), rs.getString(2)))));
    }
}
