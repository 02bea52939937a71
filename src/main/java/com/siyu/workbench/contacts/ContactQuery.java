package com.siyu.workbench.contacts;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Evaluates {@link ContactFilter}s over follows. {@link #matching} is the audience entry point for other features
 * (the queue turns a saved filter into the customers an SOP rule applies to); {@link #page} and {@link #count} serve
 * the list within a {@link ContactScope}. The search index is refreshed first, so results include every write so far.
 */
public final class ContactQuery {
    private static final String ROW_COLUMNS = "SELECT f.external_userid, f.userid, m.name AS member_name, c.name,"
            + " f.remark, f.state, ch.name AS channel_name, f.added_at, f.status, f.lost_at,"
            + " (SELECT MAX(t.touched_at) FROM contact_touches t WHERE t.external_userid = f.external_userid"
            + "  AND t.userid = f.userid) AS last_touch"
            + " FROM follows f JOIN contacts c ON c.external_userid = f.external_userid"
            + " LEFT JOIN channels ch ON ch.state = f.state"
            + " LEFT JOIN members m ON m.userid = f.userid";

    private final Database db;
    private final ContactSearchIndex index;
    private final Clock clock;

    public ContactQuery(Database db, ContactSearchIndex index, Clock clock) {
        this.db = db;
        this.index = index;
        this.clock = clock;
    }

    /**
     * The external_userids of {@code memberUserid}'s customers that match {@code filter}, newest follow first.
     * For system use (SOP audiences): no permission check, the member scope is the member alone.
     */
    public List<String> matching(ContactFilter filter, String memberUserid) {
        index.refreshIfNeeded();
        ContactSearchSql.Where where = where(filter, List.of(memberUserid));
        return db.read(c -> Sql.query(c, "SELECT f.external_userid FROM follows f WHERE " + where.sql()
                + " ORDER BY f.added_at DESC, f.external_userid", rs -> rs.getString(1), where.params().toArray()));
    }

    /** One page of the scope's follows matching {@code filter}. */
    public ContactPage page(ContactScope scope, ContactFilter filter, ContactSort sort, int offset, int limit) {
        index.refreshIfNeeded();
        ContactSearchSql.Where where = where(filter, scope.visibleUserids());
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit + 1);
        params.add(offset);
        return db.read(c -> {
            List<ContactRow> rows = Sql.query(c, ROW_COLUMNS + " WHERE " + where.sql() + " ORDER BY "
                    + sort.orderBy() + " LIMIT ? OFFSET ?", rs -> new ContactRow(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), List.of(), rs.getString(6),
                    rs.getString(7) != null ? rs.getString(7) : rs.getString(6), Sql.instant(rs, "added_at"),
                    Sql.instant(rs, "last_touch"), "LOST".equals(rs.getString(9)), Sql.instant(rs, "lost_at")),
                    params.toArray());
            boolean more = rows.size() > limit;
            List<ContactRow> page = more ? rows.subList(0, limit) : rows;
            return new ContactPage(withTags(c, page), offset, more);
        });
    }

    public int count(ContactScope scope, ContactFilter filter) {
        index.refreshIfNeeded();
        ContactSearchSql.Where where = where(filter, scope.visibleUserids());
        return db.read(c -> (int) Sql.queryLong(c, "SELECT COUNT(*) FROM follows f WHERE " + where.sql(),
                where.params().toArray()));
    }

    private ContactSearchSql.Where where(ContactFilter filter, List<String> userids) {
        return ContactSearchSql.build(filter, userids, clock.instant(), clock.getZone());
    }

    private static List<ContactRow> withTags(Connection c, List<ContactRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        LinkedHashSet<String> contacts = new LinkedHashSet<>();
        rows.forEach(r -> contacts.add(r.externalUserid()));
        Map<String, List<TagChip>> byFollow = new HashMap<>();
        Sql.query(c, "SELECT ft.external_userid, ft.userid, t.tag_id, t.name, g.name FROM follow_tags ft"
                + " JOIN tags t ON t.tag_id = ft.tag_id AND t.deleted = 0"
                + " JOIN tag_groups g ON g.group_id = t.group_id"
                + " WHERE ft.external_userid IN (" + ContactSearchSql.marks(contacts.size()) + ")"
                + " ORDER BY g.sort_order DESC, g.group_id, t.sort_order DESC, t.tag_id", rs -> byFollow
                .computeIfAbsent(rs.getString(1) + '\u0000' + rs.getString(2), k -> new ArrayList<>())
                .add(new TagChip(rs.getString(3), rs.getString(4), rs.getString(5))), contacts.toArray());
        List<ContactRow> tagged = new ArrayList<>(rows.size());
        for (ContactRow row : rows) {
            tagged.add(row.withTags(byFollow.getOrDefault(row.externalUserid() + '\u0000' + row.followUserid(),
                    List.of())));
        }
        return tagged;
    }
}
