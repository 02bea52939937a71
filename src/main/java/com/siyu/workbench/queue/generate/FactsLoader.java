package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.rules.AudienceResolver;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one member's contacts and everything rules look at in a handful of bulk queries (never one per contact):
 * follows + contacts, follow tags, touches grouped by kind, and, when rules need them, last orders, group joins
 * and date fields. Also compares tags with the last snapshot to find tag changes.
 */
public final class FactsLoader {
    private static final int EVENT_HORIZON_DAYS = 60;

    private final Database db;
    private final ZoneRules zone;
    private final AudienceResolver audiences;

    public FactsLoader(Database db, ZoneId zone, AudienceResolver audiences) {
        this.db = db;
        this.zone = zone.getRules();
        this.audiences = audiences;
    }

    /** The facts, plus the tag changes noticed now (to be written with the tasks). */
    public record Loaded(MemberFacts facts, TagChanges tagChanges) {
    }

    public Loaded load(String member, LocalDate day, FactNeeds needs, Collection<String> savedFilters,
                       boolean baseline) {
        return db.read(c -> {
            Map<String, Row> rows = follows(c, member);
            TagIndex tags = new TagIndex();
            for (String[] tag : Sql.query(c, "SELECT t.tag_id, t.name, g.name FROM tags t"
                    + " JOIN tag_groups g ON g.group_id = t.group_id",
                    rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
                tags.define(tag[0], tag[1], tag[2]);
            }
            Map<String, String> tagKeys = tags(c, member, rows, tags);
            touches(c, member, rows);
            if (needs.orders()) {
                orders(c, member, rows);
            }
            if (needs.groups()) {
                groupJoins(c, rows);
            }
            if (needs.dates()) {
                dates(c, member, rows);
            }
            int today = (int) day.toEpochDay();
            TagChanges changes = TagChanges.detect(tagKeys, seenTags(c, member), today, baseline);
            Map<String, List<TagEvent>> events = storedEvents(c, member, today - EVENT_HORIZON_DAYS);
            for (TagChanges.Event e : changes.events()) {
                events.computeIfAbsent(e.externalUserid(), k -> new ArrayList<>()).add(e.event());
            }
            List<ContactFacts> contacts = new ArrayList<>(rows.size());
            for (Row row : rows.values()) {
                contacts.add(row.toFacts());
            }
            List<Integer> departments = Sql.query(c, "SELECT department_id FROM member_departments WHERE userid = ?",
                    rs -> rs.getInt(1), member);
            Map<String, Set<String>> views = new HashMap<>();
            for (String filter : savedFilters) {
                views.put(filter, audiences.contactsOf(filter, member).orElse(Set.of()));
            }
            return new Loaded(new MemberFacts(member, departments, contacts, tags, events, views), changes);
        });
    }

    private Map<String, Row> follows(Connection c, String member) throws SQLException {
        Map<String, Row> rows = new HashMap<>(32_768);
        try (PreparedStatement ps = Sql.prepare(c, "SELECT f.external_userid, c.name, f.remark, f.description,"
                + " f.added_at, f.state, f.status, f.lost_at FROM follows f"
                + " JOIN contacts c ON c.external_userid = f.external_userid WHERE f.userid = ?", member);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row row = new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                row.addedDay = day(rs.getLong(5));
                row.state = rs.getString(6);
                row.lost = "LOST".equals(rs.getString(7));
                long lostAt = rs.getLong(8);
                row.lostDay = rs.wasNull() ? ContactFacts.NONE : day(lostAt);
                rows.put(row.id, row);
            }
        }
        return rows;
    }

    /** Fills each row's tag numbers and returns its snapshot key (sorted tag ids joined by ','). */
    private static Map<String, String> tags(Connection c, String member, Map<String, Row> rows, TagIndex index)
            throws SQLException {
        Map<String, String> keys = new HashMap<>(rows.size() * 2);
        try (PreparedStatement ps = Sql.prepare(c, "SELECT external_userid, tag_id FROM follow_tags WHERE userid = ?"
                + " ORDER BY external_userid, tag_id", member);
             ResultSet rs = ps.executeQuery()) {
            String current = null;
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                String contact = rs.getString(1);
                if (!contact.equals(current)) {
                    finish(current, ids, rows, keys, index);
                    current = contact;
                    ids.clear();
                }
                ids.add(rs.getString(2));
            }
            finish(current, ids, rows, keys, index);
        }
        for (Row row : rows.values()) {
            keys.putIfAbsent(row.id, "");
        }
        return keys;
    }

    private static void finish(String contact, List<String> ids, Map<String, Row> rows, Map<String, String> keys,
                               TagIndex index) {
        Row row = contact == null ? null : rows.get(contact);
        if (row == null) {
            return;
        }
        int[] numbers = new int[ids.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = index.number(ids.get(i));
        }
        java.util.Arrays.sort(numbers);
        row.tags = numbers;
        keys.put(contact, String.join(",", ids));
    }

    private void touches(Connection c, String member, Map<String, Row> rows) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT external_userid, kind, MAX(touched_at) FROM contact_touches"
                + " WHERE userid = ? GROUP BY external_userid, kind", member);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row row = rows.get(rs.getString(1));
                if (row == null) {
                    continue;
                }
                String kind = rs.getString(2);
                int day = day(rs.getLong(3));
                row.lastTouchDay = Math.max(row.lastTouchDay, day);
                if ("REPLIED".equals(kind)) {
                    row.lastReplyDay = Math.max(row.lastReplyDay, day);
                } else if (!"NOTE".equals(kind)) {
                    row.lastOutboundDay = Math.max(row.lastOutboundDay, day);
                }
            }
        }
    }

    private void orders(Connection c, String member, Map<String, Row> rows) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT o.external_userid, MAX(o.ordered_at) FROM orders o"
                + " WHERE o.external_userid IN (SELECT external_userid FROM follows WHERE userid = ?)"
                + " GROUP BY o.external_userid", member);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row row = rows.get(rs.getString(1));
                if (row != null) {
                    row.lastOrderDay = day(rs.getLong(2));
                }
            }
        }
    }

    /** WeCom's join_time is in seconds; values already in milliseconds are accepted too. */
    private void groupJoins(Connection c, Map<String, Row> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT member_id, MAX(join_time) FROM customer_group_members"
                + " WHERE type = 2 AND join_time IS NOT NULL GROUP BY member_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row row = rows.get(rs.getString(1));
                if (row != null) {
                    long time = rs.getLong(2);
                    row.groupJoinDay = day(time < 100_000_000_000L ? time * 1000 : time);
                }
            }
        }
    }

    private static void dates(Connection c, String member, Map<String, Row> rows) throws SQLException {
        for (Row row : rows.values()) {
            DateFields.birthdayIn(row.description).ifPresent(md -> row.date(Trigger.BIRTHDAY, md));
        }
        try (PreparedStatement ps = Sql.prepare(c, "SELECT d.external_userid, d.field, d.date FROM contact_dates d"
                + " JOIN follows f ON f.external_userid = d.external_userid WHERE f.userid = ?", member);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row row = rows.get(rs.getString(1));
                String field = rs.getString(2);
                if (row != null) {
                    DateFields.parseStored(rs.getString(3)).ifPresent(md -> row.date(field, md));
                }
            }
        }
    }

    private static Map<String, String> seenTags(Connection c, String member) throws SQLException {
        Map<String, String> seen = new HashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT external_userid, tag_ids FROM queue_tag_seen"
                + " WHERE userid = ?", member);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                seen.put(rs.getString(1), rs.getString(2));
            }
        }
        return seen;
    }

    private static Map<String, List<TagEvent>> storedEvents(Connection c, String member, int fromDay)
            throws SQLException {
        Map<String, List<TagEvent>> events = new HashMap<>();
        for (Object[] row : Sql.query(c, "SELECT external_userid, tag_id, change, day FROM queue_tag_events"
                        + " WHERE userid = ? AND day >= ?",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)},
                member, LocalDate.ofEpochDay(fromDay))) {
            events.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(new TagEvent((String) row[1],
                    "ADDED".equals(row[2]), (int) LocalDate.parse((String) row[3]).toEpochDay()));
        }
        return events;
    }

    private int day(long epochMillis) {
        long seconds = Math.floorDiv(epochMillis, 1000);
        int offset = zone.getOffset(java.time.Instant.ofEpochSecond(seconds)).getTotalSeconds();
        return (int) Math.floorDiv(seconds + offset, 86_400);
    }

    /** Mutable while reading; turned into an immutable {@link ContactFacts} at the end. */
    private static final class Row {
        final String id;
        final String name;
        final String remark;
        final String description;
        String state;
        boolean lost;
        int addedDay;
        int lostDay = ContactFacts.NONE;
        int[] tags = new int[0];
        int lastTouchDay = ContactFacts.NONE;
        int lastOutboundDay = ContactFacts.NONE;
        int lastReplyDay = ContactFacts.NONE;
        int lastOrderDay = ContactFacts.NONE;
        int groupJoinDay = ContactFacts.NONE;
        Map<String, MonthDay> dates;

        Row(String id, String name, String remark, String description) {
            this.id = id;
            this.name = name;
            this.remark = remark;
            this.description = description;
        }

        void date(String field, MonthDay value) {
            if (dates == null) {
                dates = new HashMap<>(2);
            }
            dates.put(field, value);
        }

        ContactFacts toFacts() {
            return new ContactFacts(id, name, remark, state, lost, addedDay, lostDay, tags, lastTouchDay,
                    lastOutboundDay, lastReplyDay, lastOrderDay, groupJoinDay, dates);
        }
    }
}
