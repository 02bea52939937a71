package com.siyu.workbench.queue;

import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.queue.rules.RuleRepository;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * "The customer replied", recorded from the task card: a REPLIED touch, and every sequence of this member for the
 * customer that stops on a reply is cancelled at once with the reason (generation would cancel it on its next run;
 * the guide should not see the next step in the meantime). Notes and tag edits belong to
 * {@code contacts.ContactEditService}; only this stop event is the queue's own.
 */
public final class ReplyService {
    private final Database db;
    private final RuleRepository rules;
    private final ActivityLog log;
    private final Clock clock;

    public ReplyService(Database db, RuleRepository rules, ActivityLog log, Clock clock) {
        this.db = db;
        this.rules = rules;
        this.log = log;
        this.clock = clock;
    }

    /** Returns how many open, held or snoozed tasks were cancelled. */
    public int replied(Actor actor, String contact, String taskId) {
        requireFollow(actor, contact);
        Instant now = clock.instant();
        List<String> stopOnReply = rules.all().stream().filter(r -> r.stop().replied()).map(SopRule::id).toList();
        return db.inTransaction(c -> {
            Sql.update(c, "INSERT INTO contact_touches (external_userid, userid, kind, touched_at, task_id)"
                    + " VALUES (?, ?, 'REPLIED', ?, ?)", contact, actor.userid(), now, taskId);
            int cancelled = 0;
            for (String rule : stopOnReply) {
                cancelled += Sql.update(c, "UPDATE tasks SET status = 'CANCELLED', status_reason = ?, completed_at = ?"
                        + " WHERE member_userid = ? AND external_userid = ? AND rule_id = ?"
                        + " AND status IN ('OPEN', 'HELD', 'SNOOZED')",
                        StatusReason.REPLIED, now, actor.userid(), contact, rule);
            }
            log.append(ActivityEvent.of(actor.userid(), Actions.CONTACT_REPLIED).withContact(contact).withTask(taskId)
                    .withDetails(Map.of("cancelled", cancelled)));
            return cancelled;
        });
    }

    private void requireFollow(Actor actor, String contact) {
        AccessPolicy.require(actor, Permission.EDIT_OWN_CONTACTS);
        boolean follows = db.read(c -> Sql.queryOne(c, "SELECT 1 FROM follows WHERE external_userid = ? AND userid = ?",
                rs -> true, contact, actor.userid())).isPresent();
        if (!follows) {
            throw new AccessDeniedException(actor, Permission.EDIT_OWN_CONTACTS);
        }
    }
}
