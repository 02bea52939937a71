package com.siyu.workbench.contacts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns a {@link ContactFilter} and a member scope into SQL over {@code follows f}, with bound parameters only.
 * Structured conditions are correlated lookups on indexes (follow_tags primary key, contact_touches
 * (external_userid, userid, touched_at)); the text condition goes to the two FTS5 indexes, either as a set the
 * follows are checked against ({@link #build}) or as the driving side of a streamed first page ({@link TextDriver}).
 */
final class ContactSearchSql {
    static final String FOLLOW_TAG = "SELECT 1 FROM follow_tags ft WHERE ft.external_userid = f.external_userid"
            + " AND ft.userid = f.userid AND ft.tag_id";
    static final String TRIGRAM = "contact_search";
    static final String WORDS = "contact_search_words";

    record Where(String sql, List<Object> params) {
    }

    /**
     * The FTS table a text search streams from in rowid order (= newest follow first) and the other index's
     * condition, if both kinds of terms were typed.
     */
    record TextDriver(String table, String expression, String otherTable, String otherExpression) {
        static TextDriver of(SearchTerms terms) {
            String words = terms.wordsExpression();
            if (!terms.indexed().isEmpty()) {
                return new TextDriver(TRIGRAM, terms.matchExpression(), words.isEmpty() ? null : WORDS,
                        words.isEmpty() ? null : words);
            }
            return words.isEmpty() ? null : new TextDriver(WORDS, words, null, null);
        }
    }

    private ContactSearchSql() {
    }

    /** Every condition, the text one as a set of matching documents within the scope. */
    static Where build(ContactFilter filter, List<String> userids, Instant now, ZoneId zone) {
        Where structured = structured(filter, userids, now, zone);
        List<Object> params = new ArrayList<>(structured.params());
        String text = textSet(SearchTerms.parse(filter.query()), userids, params);
        return new Where(text == null ? structured.sql() : structured.sql() + " AND " + text, params);
    }

    /** Everything but the text: scope, status, channels, tags, stages, added dates, touches. */
    static Where structured(ContactFilter filter, List<String> userids, Instant now, ZoneId zone) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        clauses.add(userids.size() == 1 ? "f.userid = ?" : "f.userid IN (" + marks(userids.size()) + ")");
        params.addAll(userids);
        if (filter.status() != FollowStatusFilter.ANY) {
            clauses.add("f.status = ?");
            params.add(filter.status().name());
        }
        if (!filter.channels().isEmpty()) {
            clauses.add("f.state IN (" + marks(filter.channels().size()) + ")");
            params.addAll(filter.channels());
        }
        tagClauses(filter, clauses, params);
        if (filter.addedFrom() != null) {
            clauses.add("f.added_at >= ?");
            params.add(startOf(filter.addedFrom(), zone));
        }
        if (filter.addedTo() != null) {
            clauses.add("f.added_at < ?");
            params.add(startOf(filter.addedTo().plusDays(1), zone));
        }
        if (filter.notTouchedDays() != null) {
            clauses.add("NOT EXISTS (SELECT 1 FROM contact_touches t WHERE t.external_userid = f.external_userid"
                    + " AND t.userid = f.userid AND t.touched_at >= ?)");
            params.add(now.minus(Duration.ofDays(filter.notTouchedDays())).toEpochMilli());
        }
        return new Where(String.join(" AND ", clauses), params);
    }

    private static void tagClauses(ContactFilter filter, List<String> clauses, List<Object> params) {
        if (!filter.tagsAny().isEmpty()) {
            clauses.add("EXISTS (" + FOLLOW_TAG + " IN (" + marks(filter.tagsAny().size()) + "))");
            params.addAll(filter.tagsAny());
        }
        for (String tag : filter.tagsAll()) {
            clauses.add("EXISTS (" + FOLLOW_TAG + " = ?)");
            params.add(tag);
        }
        if (!filter.tagsNone().isEmpty()) {
            clauses.add("NOT EXISTS (" + FOLLOW_TAG + " IN (" + marks(filter.tagsNone().size()) + "))");
            params.addAll(filter.tagsNone());
        }
        if (!filter.stages().isEmpty()) {
            clauses.add("EXISTS (" + FOLLOW_TAG + " IN (" + marks(filter.stages().size()) + "))");
            params.addAll(filter.stages());
        }
    }

    /**
     * The text condition as one non-correlated subquery over the scope's documents: SQLite evaluates each MATCH once
     * into a temporary index that every follow probes (a correlated form would re-run the MATCH per follow).
     * Null when there is no text; a condition matching nothing when the text has no searchable character.
     */
    private static String textSet(SearchTerms terms, List<String> userids, List<Object> params) {
        if (terms.isEmpty()) {
            return null;
        }
        TextDriver text = TextDriver.of(terms);
        if (text == null) {
            return "0";
        }
        List<String> conditions = new ArrayList<>();
        conditions.add("d.userid IN (" + marks(userids.size()) + ")");
        params.addAll(userids);
        conditions.add("d.id IN (SELECT rowid FROM " + text.table() + " WHERE " + text.table() + " MATCH ?)");
        params.add(text.expression());
        if (text.otherTable() != null) {
            conditions.add("d.id IN (SELECT rowid FROM " + text.otherTable() + " WHERE " + text.otherTable()
                    + " MATCH ?)");
            params.add(text.otherExpression());
        }
        return "(f.userid, f.external_userid) IN (SELECT d.userid, d.external_userid FROM contact_search_docs d"
                + " WHERE " + String.join(" AND ", conditions) + ")";
    }

    static long startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
