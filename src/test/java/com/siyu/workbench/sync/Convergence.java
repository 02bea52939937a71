package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.sandbox.model.Contact;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Tag;
import com.siyu.workbench.sandbox.model.TagGroup;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares the local copy with the sandbox's model as sorted lines, one per relation / contact / tag, so a failure
 * shows the first differing lines instead of two 20 000-element dumps.
 */
final class Convergence {
    private static final ObjectMapper JSON = Json.newMapper();

    private Convergence() {
    }

    /** Every relation of the members, every contact they follow, every live tag: equal on both sides. */
    static void assertConverged(SandboxServer sandbox, Database db, Collection<String> members) {
        Set<String> scope = new TreeSet<>(members);
        assertSame("active relations", sandboxFollows(sandbox, scope), localFollows(db, scope, "ACTIVE"));
        assertSame("contacts", sandboxContacts(sandbox, scope), localContacts(db, scope));
        assertSame("corp tags", sandboxTags(sandbox), localTags(db));
        SortedSet<String> lostLocally = localLostPairs(db, scope);
        SortedSet<String> lostRemotely = new TreeSet<>();
        sandbox.model().contacts().allFollows().stream().filter(Follow::lost)
                .forEach(f -> lostRemotely.add(f.externalUserid() + "|" + f.userid()));
        assertThat(lostRemotely).as("every relation marked lost locally is lost in WeCom")
                .containsAll(lostLocally);
    }

    static Set<String> allFollowUsers(SandboxServer sandbox) {
        Set<String> ids = new TreeSet<>();
        sandbox.model().org().followUsers().forEach(m -> ids.add(m.userid()));
        return ids;
    }

    static void assertSame(String what, SortedSet<String> expected, SortedSet<String> actual) {
        List<String> missing = new ArrayList<>();
        for (String line : expected) {
            if (!actual.contains(line) && missing.size() < 8) {
                missing.add(line);
            }
        }
        List<String> extra = new ArrayList<>();
        for (String line : actual) {
            if (!expected.contains(line) && extra.size() < 8) {
                extra.add(line);
            }
        }
        assertThat(missing).as(what + ": in WeCom but not (so) locally; locally instead: " + extra).isEmpty();
        assertThat(extra).as(what + ": locally but not in WeCom").isEmpty();
        assertThat(actual).as(what + " count").hasSameSizeAs(expected);
    }

    static SortedSet<String> sandboxFollows(SandboxServer sandbox, Set<String> scope) {
        SortedSet<String> lines = new TreeSet<>();
        for (Follow f : sandbox.model().contacts().allFollows()) {
            if (!f.lost() && scope.contains(f.userid())) {
                lines.add(String.join("|", f.externalUserid(), f.userid(), nz(f.remark()), nz(f.description()),
                        nz(f.remarkCorpName()), String.join(",", f.remarkMobiles()),
                        Long.toString(f.createtime() * 1000), Integer.toString(f.addWay()), nz(f.state()),
                        nz(f.operUserid()), String.join(",", new TreeSet<>(f.tagIds()))));
            }
        }
        return lines;
    }

    static SortedSet<String> localFollows(Database db, Set<String> scope, String status) {
        Map<String, SortedSet<String>> tags = new HashMap<>();
        SortedSet<String> lines = new TreeSet<>();
        db.read(c -> {
            Sql.query(c, "SELECT external_userid, userid, tag_id FROM follow_tags", rs -> tags.computeIfAbsent(
                    rs.getString(1) + "|" + rs.getString(2), k -> new TreeSet<>()).add(rs.getString(3)));
            return Sql.query(c, "SELECT * FROM follows WHERE status = ?", rs -> {
                if (scope.contains(rs.getString("userid"))) {
                    String key = rs.getString("external_userid") + "|" + rs.getString("userid");
                    lines.add(String.join("|", key, nz(rs.getString("remark")), nz(rs.getString("description")),
                            nz(rs.getString("remark_corp_name")), mobiles(rs.getString("remark_mobiles")),
                            Long.toString(rs.getLong("added_at")), Integer.toString(rs.getInt("add_way")),
                            nz(rs.getString("state")), nz(rs.getString("oper_userid")),
                            String.join(",", tags.getOrDefault(key, new TreeSet<>()))));
                }
                return null;
            }, status);
        });
        return lines;
    }

    static SortedSet<String> localLostPairs(Database db, Set<String> scope) {
        SortedSet<String> lines = new TreeSet<>();
        db.read(c -> Sql.query(c, "SELECT external_userid, userid, lost_at FROM follows WHERE status = 'LOST'", rs -> {
            assertThat(rs.getLong(3)).as("lost_at of a lost relation").isPositive();
            if (scope.contains(rs.getString(2))) {
                lines.add(rs.getString(1) + "|" + rs.getString(2));
            }
            return null;
        }));
        return lines;
    }

    static SortedSet<String> sandboxContacts(SandboxServer sandbox, Set<String> scope) {
        Set<String> followed = new TreeSet<>();
        sandbox.model().contacts().allFollows().stream().filter(f -> !f.lost() && scope.contains(f.userid()))
                .forEach(f -> followed.add(f.externalUserid()));
        SortedSet<String> lines = new TreeSet<>();
        for (Contact ct : sandbox.model().contacts().contacts()) {
            if (followed.contains(ct.externalUserid())) {
                boolean corp = ct.type() == 2;
                lines.add(String.join("|", ct.externalUserid(), nz(ct.name()), Integer.toString(ct.type()),
                        Integer.toString(ct.gender()), nz(ct.unionid()), nz(ct.avatar()),
                        corp ? nz(ct.corpName()) : "", corp ? nz(ct.corpFullName()) : "",
                        corp ? nz(ct.position()) : ""));
            }
        }
        return lines;
    }

    static SortedSet<String> localContacts(Database db, Set<String> scope) {
        SortedSet<String> lines = new TreeSet<>();
        db.read(c -> {
            Set<String> followed = new TreeSet<>();
            Sql.query(c, "SELECT external_userid, userid FROM follows WHERE status = 'ACTIVE'", rs -> {
                if (scope.contains(rs.getString(2))) {
                    followed.add(rs.getString(1));
                }
                return null;
            });
            return Sql.query(c, "SELECT * FROM contacts", rs -> {
                if (followed.contains(rs.getString("external_userid"))) {
                    lines.add(String.join("|", rs.getString("external_userid"), nz(rs.getString("name")),
                            Integer.toString(rs.getInt("type")), Integer.toString(rs.getInt("gender")),
                            nz(rs.getString("unionid")), nz(rs.getString("avatar")), nz(rs.getString("corp_name")),
                            nz(rs.getString("corp_full_name")), nz(rs.getString("position"))));
                }
                return null;
            });
        });
        return lines;
    }

    static SortedSet<String> sandboxTags(SandboxServer sandbox) {
        SortedSet<String> lines = new TreeSet<>();
        for (TagGroup g : sandbox.model().tags().liveGroups()) {
            for (Tag t : g.liveTags()) {
                lines.add(String.join("|", g.groupId(), g.name(), t.id(), t.name(), Long.toString(t.order())));
            }
        }
        return lines;
    }

    static SortedSet<String> localTags(Database db) {
        SortedSet<String> lines = new TreeSet<>();
        db.read(c -> Sql.query(c, "SELECT g.group_id, g.name, t.tag_id, t.name, t.sort_order FROM tags t"
                + " JOIN tag_groups g ON g.group_id = t.group_id WHERE t.deleted = 0 AND g.deleted = 0", rs -> {
                    lines.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Long.toString(rs.getLong(5))));
                    return null;
                }));
        return lines;
    }

    private static String mobiles(String json) {
        if (json == null) {
            return "";
        }
        try {
            List<String> list = new ArrayList<>();
            JSON.readTree(json).forEach(n -> list.add(n.asText()));
            return String.join(",", list);
        } catch (IOException e) {
            return "unreadable:" + json;
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
