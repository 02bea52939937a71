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

    /**
     * One page of the scope's follows matching {@code filter}. Two steps: the page's keys (filtered, sorted, cut —
     * only what the order needs is computed for every match), then the display columns for those rows alone.
     */
    public ContactPage page(ContactScope scope, ContactFilter filter, ContactSort sort, int offset, int limit) {
        index.refreshIfNeeded();
        SearchTerms terms = SearchTerms.parse(filter.query());
        String sql;
        List<Object> params;
        if (!terms.isEmpty() && sort == ContactSort.ADDED_NEWEST) {
            ContactSearchSql.TextDriver text = ContactSearchSql.TextDriver.of(terms);
            if (text == null) {
                return new ContactPage(List.of(), offset, false);
            }
            ContactSearchSql.Where structured = ContactSearchSql.structured(filter, scope.visibleUserids(),
                    clock.instant(), clock.getZone());
            params = new ArrayList<>();
            sql = streamed(text, structured, params);
        } else {
            ContactSearchSql.Where where = where(filter, scope.visibleUserids());
            params = new ArrayList<>(where.params());
            sql = "SELECT f.external_userid, f.userid" + sort.sortColumn() + " FROM follows f WHERE " + where.sql()
                    + " ORDER BY " + sort.orderBy();
        }
        params.add(limit + 1);
        params.add(offset);
        return db.read(c -> {
            List<String[]> keys = Sql.query(c, sql + " LIMIT ? OFFSET ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, params.toArray());
            boolean more = keys.size() > limit;
            List<String[]> pageKeys = more ? keys.subList(0, limit) : keys;
            return new ContactPage(withTags(c, rows(c, pageKeys)), offset, more);
        });
    }

    /**
     * A text search's first pages, newest follow first, streamed from an FTS index in rowid order (document ids
     * follow the added time): each match is checked against the scope and filters and the query stops once the page
     * is full, however many documents match in the whole database.
     */
    private static String streamed(ContactSearchSql.TextDriver text, ContactSearchSql.Where structured,
                                   List<Object> params) {
        StringBuilder sql = new StringBuilder("SELECT f.external_userid, f.userid FROM ").append(text.table())
                .append(" s CROSS JOIN contact_search_docs d ON d.id = s.rowid")
                .append(" CROSS JOIN follows f ON f.external_userid = d.external_userid AND f.userid = d.userid")
                .append(" WHERE s.").append(text.table()).append(" MATCH ?");
        params.add(text.expression());
        if (text.otherTable() != null) {
            sql.append(" AND d.id IN (SELECT rowid FROM ").append(text.otherTable()).append(" WHERE ")
                    .append(text.otherTable()).append(" MATCH ?)");
            params.add(text.otherExpression());
        }
        sql.append(" AND ").append(structured.sql()).append(" ORDER BY s.rowid DESC");
        params.addAll(structured.params());
        return sql.toString();
    }

    private static List<ContactRow> rows(Connection c, List<String[]> keys) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(keys.size() * 2);
        List<String> pairs = new ArrayList<>(keys.size());
        for (String[] key : keys) {
            pairs.add("(?, ?)");
            params.add(key[0]);
            params.add(key[1]);
        }
        Map<String, ContactRow> byKey = new HashMap<>();
        Sql.query(c, ROW_COLUMNS + " WHERE (f.external_userid, f.userid) IN (VALUES " + String.join(", ", pairs) + ")",
                rs -> byKey.put(rs.getString(1) + '\u0000' + rs.getString(2), new ContactRow(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), List.of(),
                        rs.getString(6), rs.getString(7) != null ? rs.getString(7) : rs.getString(6),
                        Sql.instant(rs, "added_at"), Sql.instant(rs, "last_touch"), "LOST".equals(rs.getString(9)),
                        Sql.instant(rs, "lost_at"))), params.toArray());
        List<ContactRow> ordered = new ArrayList<>(keys.size());
        for (String[] key : keys) {
            ContactRow row = byKey.get(key[0] + '\u0000' + key[1]);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
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
