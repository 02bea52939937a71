package com.siyu.workbench.audit;

import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Masking;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reading the activity log, for people. Everyone may read their own entries; another member's entries need
 * {@code READ_TEAM_LOG} and that member in the reader's team. There is deliberately no method that changes or
 * removes an entry (and the database refuses it anyway, see V40). Checking the chain needs {@code READ_TEAM_LOG}.
 */
public final class AuditLogService {
    private final Database db;
    private final TeamScopeResolver scopes;
    private final ZoneId zone;

    public AuditLogService(Database db, TeamScopeResolver scopes, ZoneId zone) {
        this.db = db;
        this.scopes = scopes;
        this.zone = zone;
    }

    public LogPage entries(Actor actor, LogQuery query) {
        requireMayRead(actor, query.memberUserid());
        List<Object> params = new ArrayList<>(List.of(query.memberUserid(),
                query.range().start(zone).toEpochMilli(), query.range().end(zone).toEpochMilli()));
        String where = " WHERE l.member_userid = ? AND l.occurred_at >= ? AND l.occurred_at < ?";
        if (!query.actions().isEmpty()) {
            where += " AND l.action IN (" + String.join(", ", Collections.nCopies(query.actions().size(), "?")) + ")";
            params.addAll(query.actions().stream().sorted().toList());
        }
        String filter = where;
        return db.read(c -> {
            long total = Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log l" + filter, params.toArray());
            List<Object> paged = new ArrayList<>(params);
            paged.add(query.limit());
            List<LogRow> rows = Sql.query(c, "SELECT l.seq, l.occurred_at, l.member_userid, l.action,"
                    + " l.external_userid, COALESCE(NULLIF(f.remark, ''), ct.name) AS contact_name,"
                    + " CASE WHEN json_valid(f.remark_mobiles) THEN json_extract(f.remark_mobiles, '$[0]') END AS phone,"
                    + " l.task_id, l.content_id, ci.name AS content_name, l.details_json FROM activity_log l"
                    + " LEFT JOIN follows f ON f.external_userid = l.external_userid AND f.userid = l.member_userid"
                    + " LEFT JOIN contacts ct ON ct.external_userid = l.external_userid"
                    + " LEFT JOIN content_items ci ON ci.id = l.content_id"
                    + filter + " ORDER BY l.seq DESC LIMIT ?",
                    rs -> new LogRow(rs.getLong("seq"), Sql.instant(rs, "occurred_at"), rs.getString("member_userid"),
                            rs.getString("action"), rs.getString("external_userid"),
                            // remarks and details often quote a number ("张姐 138…"): masked like the phone column
                            Masking.phonesInTextFor(actor, rs.getString("contact_name")),
                            Masking.phoneFor(actor, rs.getString("phone")), rs.getString("task_id"),
                            rs.getString("content_id"), rs.getString("content_name"),
                            Masking.phonesInTextFor(actor, rs.getString("details_json"))),
                    paged.toArray());
            return new LogPage(rows, total);
        });
    }

    /** Walks the whole chain (see {@link LogVerifier}); long work, call it off the UI thread. */
    public VerificationResult verifyChain(Actor actor, ProgressReporter progress) {
        AccessPolicy.require(actor, Permission.READ_TEAM_LOG);
        return db.read(c -> new LogVerifier().verify(c, null, progress));
    }

    private void requireMayRead(Actor actor, String memberUserid) {
        if (actor.userid().equals(memberUserid)) {
            return;
        }
        AccessPolicy.require(actor, Permission.READ_TEAM_LOG);
        if (!scopes.scopeOf(actor).includes(memberUserid)) {
            throw new OutsideTeamException(actor, Permission.READ_TEAM_LOG);
        }
    }
}
