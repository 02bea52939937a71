package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.rules.AudienceResolver;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what rules look at for one member, in two steps: SQLite first names the contacts that can matter today
 * ({@link CandidateFinder}: trigger events inside the rules' windows, new contacts, contacts with tasks), then the
 * facts of those contacts only are read in a handful of bulk queries — never one query per contact, never all
 * 20,000 contacts. Tag changes since the last run are found the same way ({@link TagChanges}).
 */
public final class FactsLoader {
    private static final int EVENT_HORIZON_DAYS = 60;
    private static final int CHUNK = 500;

    private final Database db;
    private final ZoneRules zone;
    private final CandidateFinder finder;
    private final AudienceResolver audiences;

    public FactsLoader(Database db, ZoneId zone, AudienceResolver audiences) {
        this.db = db;
        this.zone = zone.getRules();
        this.finder = new CandidateFinder(zone);
        this.audiences = audiences;
    }

    /** What to load: the rules' event windows, the greet window, contacts that must be included anyway. */
    public record Request(String member, LocalDate day, FactNeeds needs, List<EventWindow> windows, int greetFrom,
                          Collection<String> alsoThese, Set<String> savedFilters, boolean baseline) {
    }

    /** The facts, plus the tag changes noticed now (to be written with the tasks). */
    public record Loaded(MemberFacts facts, TagChanges tagChanges) {
    }

    public Loaded load(Request r) {
        return db.read(c -> {
            int today = (int) r.day().toEpochDay();
            TagIndex tags = new TagIndex();
            for (String[] tag : Sql.query(c, "SELECT t.tag_id, t.name, g.name FROM tags t"
                    + " JOIN tag_groups g ON g.group_id = t.group_id",
                    rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
                tags.define(tag[0], tag[1], tag[2]);
            }
            TagChanges changes = TagChanges.detect(c, r.member(), today, r.baseline());
            List<String> tagged = changes.events().stream().map(TagChanges.Event::externalUserid).toList();
            List<String> ids = new ArrayList<>(finder.find(c, r.member(), r.windows(), r.greetFrom(), today,
                    r.alsoThese(), tagged));
            Collections.sort(ids);
            Map<String, Row> rows = follows(c, r.member(), ids);
            tags(c, r.member(), ids, rows, tags);
            touches(c, r.member(), ids, rows);
            if (r.needs().orders()) {
                orders(c, ids, rows);
            }
            if (r.needs().groups()) {
                groupJoins(c, ids, rows);
            }
            if (r.needs().dates()) {
                dates(c, ids, rows);
            }
            Map<String, List<TagEvent>> events = storedEvents(c, r.member(), today - EVENT_HORIZON_DAYS);
            for (TagChanges.Event e : changes.events()) {
                events.computeIfAbsent(e.externalUserid(), k -> new ArrayList<>()).add(e.event());
            }
            List<ContactFacts> contacts = new ArrayList<>(rows.size());
            for (String id : ids) {
                Row row = rows.get(id);
                if (row != null) {
                    contacts.add(row.toFacts());
                }
            }
            List<Integer> departments = Sql.query(c, "SELECT department_id FROM member_departments WHERE userid = ?",
                    rs -> rs.getInt(1), r.member());
            Map<String, Set<String>> views = new HashMap<>();
            for (String filter : r.savedFilters()) {
                views.put(filter, audiences.contactsOf(filter, r.member()).orElse(Set.of()));
            }
            return new Loaded(new MemberFacts(r.member(), departments, contacts, tags, events, views), changes);
        });
    }

    /** Runs {@code sql} (which ends in "IN (") for the ids, a chunk at a time, with {@code leading} parameters first. */
    private static void inChunks(Connection c, String sql, List<String> ids, RowHandler handler, Object... leading)
            throws SQLException {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Object[] params = new Object[leading.length + chunk.size()];
            System.arraycopy(leading, 0, params, 0, leading.length);
            for (int i = 0; i < chunk.size(); i++) {
                params[leading.length + i] = chunk.get(i);
            }
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            String full = sql.replace("IN (?)", "IN (" + marks + ")");
            try (PreparedStatement ps = Sql.prepare(c, full, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    /** One result row. */
    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private Map<String, Row> follows(Connection c, String member, List<String> ids) throws SQLException {
        Map<String, Row> rows = new HashMap<>(ids.size() * 2);
        inChunks(c, "SELECT f.external_userid, c.name, f.remark, f.description, f.added_at, f.state, f.status,"
                + " f.lost_at FROM follows f JOIN contacts c ON c.external_userid = f.external_userid"
                + " WHERE f.userid = ? AND f.external_userid IN (?)", ids, rs -> {
                    Row row = new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    row.addedDay = day(rs.getLong(5));
                    row.state = rs.getString(6);
                    row.lost = "LOST".equals(rs.getString(7));
                    long lostAt = rs.getLong(8);
                    row.lostDay = rs.wasNull() ? ContactFacts.NONE : day(lostAt);
                    rows.put(row.id, row);
                }, member);
        return rows;
    }

    private static void tags(Connection c, String member, List<String> ids, Map<String, Row> rows, TagIndex index)
            throws SQLException {
        Map<String, List<Integer>> numbers = new HashMap<>();
        inChunks(c, "SELECT external_userid, tag_id FROM follow_tags WHERE userid = ? AND external_userid IN (?)",
                ids, rs -> numbers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(index.number(rs.getString(2))), member);
        numbers.forEach((contact, list) -> {
            Row row = rows.get(contact);
            if (row != null) {
                row.tags = list.stream().mapToInt(Integer::intValue).sorted().toArray();
            }
        });
    }

    private void touches(Connection c, String member, List<String> ids, Map<String, Row> rows) throws SQLException {
        inChunks(c, "SELECT external_userid, kind, MAX(touched_at) FROM contact_touches WHERE userid = ?"
                + " AND external_userid IN (?) GROUP BY external_userid, kind", ids, rs -> {
                    Row row = rows.get(rs.getString(1));
                    if (row == null) {
                        return;
                    }
                    String kind = rs.getString(2);
                    int day = day(rs.getLong(3));
                    row.lastTouchDay = Math.max(row.lastTouchDay, day);
                    if ("REPLIED".equals(kind)) {
                        row.lastReplyDay = Math.max(row.lastReplyDay, day);
                    } else if (!"NOTE".equals(kind)) {
                        row.lastOutboundDay = Math.max(row.lastOutboundDay, day);
                    }
                }, member);
    }

    private void orders(Connection c, List<String> ids, Map<String, Row> rows) throws SQLException {
        inChunks(c, "SELECT external_userid, MAX(ordered_at) FROM orders WHERE external_userid IN (?)"
                + " GROUP BY external_userid", ids, rs -> {
                    Row row = rows.get(rs.getString(1));
                    if (row != null) {
                        row.lastOrderDay = day(rs.getLong(2));
                    }
                });
    }

    /** WeCom's join_time is in seconds; values already in milliseconds are accepted too. */
    private void groupJoins(Connection c, List<String> ids, Map<String, Row> rows) throws SQLException {
        inChunks(c, "SELECT member_id, MAX(join_time) FROM customer_group_members WHERE type = 2"
                + " AND join_time IS NOT NULL AND member_id IN (?) GROUP BY member_id", ids, rs -> {
                    Row row = rows.get(rs.getString(1));
                    if (row != null) {
                        long time = rs.getLong(2);
                        row.groupJoinDay = day(time < 100_000_000_000L ? time * 1000 : time);
                    }
                });
    }

    private static void dates(Connection c, List<String> ids, Map<String, Row> rows) throws SQLException {
        for (Row row : rows.values()) {
            DateFields.birthdayIn(row.description).ifPresent(md -> row.date(Trigger.BIRTHDAY, md));
        }
        inChunks(c, "SELECT external_userid, field, date FROM contact_dates WHERE external_userid IN (?)", ids, rs -> {
            Row row = rows.get(rs.getString(1));
            String field = rs.getString(2);
            if (row != null) {
                DateFields.parseStored(rs.getString(3)).ifPresent(md -> row.date(field, md));
            }
        });
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
        int offset = zone.getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
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
