package com.siyu.workbench.contacts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns a {@link ContactFilter} and a member scope into the WHERE clause over {@code follows f}, with bound
 * parameters only. Every condition is a correlated lookup on an index (follow_tags primary key, contact_touches
 * (external_userid, userid, touched_at), the search documents' (userid, external_userid) key), so the member scope
 * drives the plan and the cost follows the size of the member's list, not of the whole database.
 */
final class ContactSearchSql {
    static final String FOLLOW_TAG = "SELECT 1 FROM follow_tags ft WHERE ft.external_userid = f.external_userid"
            + " AND ft.userid = f.userid AND ft.tag_id";
    static final String[] DOC_COLUMNS = {"names", "remark", "description", "phones", "tags", "notes"};

    record Where(String sql, List<Object> params) {
    }

    private ContactSearchSql() {
    }

    static Where build(ContactFilter filter, List<String> userids, Instant now, ZoneId zone) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        clauses.add("f.userid IN (" + marks(userids.size()) + ")");
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
        textClauses(SearchTerms.parse(filter.query()), userids, clauses, params);
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
     * The text condition as one non-correlated subquery over the scope's documents: SQLite evaluates the FTS MATCH
     * (and the LIKE scan for short terms) once into a temporary index that each follow probes. A correlated form lets
     * the planner re-run the MATCH for every follow, which is quadratic on a large list.
     */
    private static void textClauses(SearchTerms terms, List<String> userids, List<String> clauses,
                                    List<Object> params) {
        if (terms.isEmpty()) {
            return;
        }
        List<String> conditions = new ArrayList<>();
        conditions.add("d.userid IN (" + marks(userids.size()) + ")");
        params.addAll(userids);
        if (!terms.indexed().isEmpty()) {
            conditions.add("d.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)");
            params.add(terms.matchExpression());
        }
        for (String term : terms.scanned()) {
            List<String> likes = new ArrayList<>();
            for (String column : DOC_COLUMNS) {
                likes.add("d." + column + " LIKE ? ESCAPE '\\'");
                params.add(SearchTerms.likePattern(term));
            }
            conditions.add("(" + String.join(" OR ", likes) + ")");
        }
        clauses.add("(f.userid, f.external_userid) IN (SELECT d.userid, d.external_userid FROM contact_search_docs d"
                + " WHERE " + String.join(" AND ", conditions) + ")");
    }

    static long startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
