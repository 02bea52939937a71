package com.siyu.workbench.contacts;

import com.siyu.workbench.members.Masking;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbcContactProfileRepository implements ContactProfileRepository {
    /** Per source; a profile shows the newest events, enough for months of daily work. */
    static final int TIMELINE_LIMIT = 300;

    private final Database db;
    private final PendingEditsReader pendingEdits = new PendingEditsReader();
    private final TimelineReader timeline;

    public JdbcContactProfileRepository(Database db, ZoneId zone) {
        this.db = db;
        this.timeline = new TimelineReader(zone);
    }

    @Override
    public Optional<ContactProfile> load(String externalUserid, ContactScope scope) {
        return db.read(c -> {
            Map<String, String> memberNames = memberNames(c);
            List<FollowInfo> follows = follows(c, externalUserid, scope, memberNames);
            if (follows.stream().noneMatch(f -> scope.sees(f.userid()))) {
                return Optional.empty();
            }
            return Sql.queryOne(c, "SELECT * FROM contacts WHERE external_userid = ?", rs -> profile(c, rs, follows,
                    memberNames), externalUserid);
        });
    }

    private ContactProfile profile(Connection c, ResultSet rs, List<FollowInfo> follows,
                                   Map<String, String> memberNames) throws SQLException {
        String id = rs.getString("external_userid");
        List<NoteEntry> notes = Sql.query(c, "SELECT id, userid, body, created_at, task_id FROM contact_notes"
                + " WHERE external_userid = ? ORDER BY created_at DESC, id DESC", n -> new NoteEntry(n.getLong(1),
                n.getString(2), memberNames.getOrDefault(n.getString(2), n.getString(2)), n.getString(3),
                Sql.instant(n, "created_at"), n.getString(5)), id);
        Object[] orders = Sql.queryOne(c, "SELECT COUNT(*), coalesce(SUM(amount_cents), 0), MAX(ordered_at)"
                + " FROM orders WHERE external_userid = ?", o -> new Object[] {o.getInt(1), o.getLong(2),
                Sql.instant(o, "MAX(ordered_at)")}, id).orElseThrow();
        List<String> refs = Sql.query(c, "SELECT order_ref FROM contact_order_refs WHERE external_userid = ?"
                + " ORDER BY created_at", r -> r.getString(1), id);
        return new ContactProfile(id, rs.getString("name"), Sql.integer(rs, "type"), Sql.integer(rs, "gender"),
                rs.getString("avatar"), rs.getString("unionid"), rs.getString("corp_name"),
                rs.getString("corp_full_name"), rs.getString("position"), follows, notes,
                timeline.read(c, id, follows, notes, memberNames), (Integer) orders[0], (Long) orders[1],
                (Instant) orders[2], refs);
    }

    private List<FollowInfo> follows(Connection c, String externalUserid, ContactScope scope,
                                     Map<String, String> memberNames) throws SQLException {
        Map<String, List<TagChip>> tags = new HashMap<>();
        Sql.query(c, "SELECT ft.userid, t.tag_id, t.name, g.name FROM follow_tags ft"
                + " JOIN tags t ON t.tag_id = ft.tag_id AND t.deleted = 0 JOIN tag_groups g ON g.group_id = t.group_id"
                + " WHERE ft.external_userid = ? ORDER BY g.sort_order DESC, g.group_id, t.sort_order DESC, t.tag_id",
                rs -> tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new TagChip(rs.getString(2), rs.getString(3), rs.getString(4))), externalUserid);
        Map<String, PendingEdits> pending = pendingEdits.read(c, externalUserid);
        return Sql.query(c, "SELECT f.*, ch.name AS channel_name FROM follows f"
                + " LEFT JOIN channels ch ON ch.state = f.state WHERE f.external_userid = ?"
                + " ORDER BY f.added_at, f.userid", rs -> {
                    String userid = rs.getString("userid");
                    List<String> phones = PhoneNumbers.fromJson(rs.getString("remark_mobiles")).stream()
                            .map(p -> scope.fullPhones() ? p : Masking.maskPhone(p)).toList();
                    String state = rs.getString("state");
                    return new FollowInfo(userid, memberNames.getOrDefault(userid, userid), rs.getString("remark"),
                            rs.getString("description"), rs.getString("remark_corp_name"), phones,
                            Sql.instant(rs, "added_at"), Sql.integer(rs, "add_way"), state,
                            rs.getString("channel_name") != null ? rs.getString("channel_name") : state,
                            rs.getString("oper_userid"), "LOST".equals(rs.getString("status")),
                            Sql.instant(rs, "lost_at"), tags.getOrDefault(userid, List.of()), scope.canEdit(userid),
                            pending.getOrDefault(userid, PendingEdits.NONE));
                }, externalUserid);
    }

    private static Map<String, String> memberNames(Connection c) throws SQLException {
        Map<String, String> names = new HashMap<>();
        Sql.query(c, "SELECT userid, name FROM members", rs -> names.put(rs.getString(1), rs.getString(2)));
        return names;
    }
}
