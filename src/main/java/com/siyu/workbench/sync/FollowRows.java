package com.siyu.workbench.sync;

import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the local rows a page is compared with: contacts, follows and their tags, keyed for lookup. */
final class FollowRows {
    /** Well under SQLite's bound-parameter limit. */
    private static final int CHUNK = 500;

    private FollowRows() {
    }

    /** A contact's profile as stored; compared field by field with WeCom's. */
    record ContactRow(String name, Integer type, Integer gender, String avatar, String unionid, String corpName,
                      String corpFullName, String position) {
    }

    /** A relation as stored. {@code remarkMobiles} is the stored JSON text (null when none). */
    record FollowRow(String remark, String description, String remarkCorpName, String remarkMobiles, long addedAt,
                     Integer addWay, String state, String operUserid, Set<String> tags, String status) {
    }

    static String key(String externalUserid, String userid) {
        return externalUserid + '\u0001' + userid;
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    static Map<String, ContactRow> contacts(Connection c, Collection<String> externalUserids) throws SQLException {
        Map<String, ContactRow> rows = new HashMap<>();
        for (List<String> chunk : chunks(externalUserids)) {
            Sql.query(c, "SELECT external_userid, name, type, gender, avatar, unionid, corp_name, corp_full_name,"
                    + " position FROM contacts WHERE external_userid IN (" + placeholders(chunk.size()) + ")", rs -> {
                        rows.put(rs.getString(1), new ContactRow(rs.getString(2), Sql.integer(rs, "type"),
                                Sql.integer(rs, "gender"), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9)));
                        return null;
                    }, chunk.toArray());
        }
        return rows;
    }

    /** Every stored relation of the given customers (all members), with tags. */
    static Map<String, FollowRow> follows(Connection c, Collection<String> externalUserids) throws SQLException {
        Map<String, Set<String>> tags = new HashMap<>();
        Map<String, FollowRow> rows = new HashMap<>();
        for (List<String> chunk : chunks(externalUserids)) {
            String in = placeholders(chunk.size());
            Sql.query(c, "SELECT external_userid, userid, tag_id FROM follow_tags WHERE external_userid IN (" + in
                    + ")", rs -> tags.computeIfAbsent(key(rs.getString(1), rs.getString(2)), k -> new TreeSet<>())
                    .add(rs.getString(3)), chunk.toArray());
            Sql.query(c, "SELECT external_userid, userid, remark, description, remark_corp_name, remark_mobiles,"
                    + " added_at, add_way, state, oper_userid, status FROM follows WHERE external_userid IN (" + in
                    + ")", rs -> {
                        String key = key(rs.getString(1), rs.getString(2));
                        rows.put(key, new FollowRow(rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getLong(7), Sql.integer(rs, "add_way"), rs.getString(9),
                                rs.getString(10), tags.getOrDefault(key, Set.of()), rs.getString(11)));
                        return null;
                    }, chunk.toArray());
        }
        return rows;
    }
}
