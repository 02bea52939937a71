package com.siyu.workbench.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.queue.rules.RuleRepository;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.Outbox;
import com.siyu.workbench.sync.OutboxItem;
import com.siyu.workbench.sync.OutboxKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a guide records about a contact from the task card: a follow-up note, tag edits (local follow_tags plus a
 * mark_tag outbox item), and "the customer replied" (a touch that stops sequences waiting for a reply). The contacts
 * feature owns these tables; until its service can be called from here, the queue writes them the same way.
 */
public final class ContactEditService {
    private final Database db;
    private final RuleRepository rules;
    private final ActivityLog log;
    private final Outbox outbox;
    private final Clock clock;

    public ContactEditService(Database db, RuleRepository rules, ActivityLog log, Outbox outbox, Clock clock) {
        this.db = db;
        this.rules = rules;
        this.log = log;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void note(Actor actor, String contact, String body, String taskId) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new QueueActionException("queue.action.error.noteEmpty");
        }
        requireFollow(actor, contact);
        Instant now = clock.instant();
        db.write(c -> {
            long id = Sql.insert(c, "INSERT INTO contact_notes (external_userid, userid, body, created_at)"
                    + " VALUES (?, ?, ?, ?)", contact, actor.userid(), text, now);
            touch(c, actor, contact, "NOTE", now, taskId);
            log.append(ActivityEvent.of(actor.userid(), Actions.CONTACT_NOTE).withContact(contact).withTask(taskId)
                    .withDetails(Map.of("note", id)));
        });
    }

    /** Adds and removes tags on this member's follow of the contact, and queues the same change for WeCom. */
    public void editTags(Actor actor, String contact, Set<String> add, Set<String> remove) {
        requireFollow(actor, contact);
        Set<String> adding = new TreeSet<>(add);
        Set<String> removing = new TreeSet<>(remove);
        removing.removeAll(adding);
        if (adding.isEmpty() && removing.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        db.write(c -> {
            for (String tag : adding) {
                Sql.update(c, "INSERT OR IGNORE INTO follow_tags (external_userid, userid, tag_id) VALUES (?, ?, ?)",
                        contact, actor.userid(), tag);
            }
            for (String tag : removing) {
                Sql.update(c, "DELETE FROM follow_tags WHERE external_userid = ? AND userid = ? AND tag_id = ?",
                        contact, actor.userid(), tag);
            }
            ObjectNode body = Json.newMapper().createObjectNode();
            body.put("userid", actor.userid());
            body.put("external_userid", contact);
            adding.forEach(body.putArray("add_tag")::add);
            removing.forEach(body.putArray("remove_tag")::add);
            if (!body.has("add_tag")) {
                body.putArray("add_tag");
            }
            if (!body.has("remove_tag")) {
                body.putArray("remove_tag");
            }
            String key = "tag:" + actor.userid() + ":" + contact + ":" + now.toEpochMilli() + ":"
                    + Integer.toHexString((adding + "|" + removing).hashCode());
            outbox.enqueue(new OutboxItem(key, OutboxKind.MARK_TAG.name(), contact, body.toString(), actor.userid()));
            log.append(ActivityEvent.of(actor.userid(), Actions.CONTACT_TAGS).withContact(contact)
                    .withDetails(Map.of("add", List.copyOf(adding), "remove", List.copyOf(removing))));
        });
    }

    /** The customer answered: a REPLIED touch, and every sequence that stops on a reply is cancelled at once. */
    public int replied(Actor actor, String contact, String taskId) {
        requireFollow(actor, contact);
        Instant now = clock.instant();
        List<String> stopOnReply = rules.all().stream().filter(r -> r.stop().replied()).map(SopRule::id).toList();
        return db.inTransaction(c -> {
            touch(c, actor, contact, "REPLIED", now, taskId);
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

    private static void touch(Connection c, Actor actor, String contact, String kind, Instant at, String taskId)
            throws SQLException {
        Sql.update(c, "INSERT INTO contact_touches (external_userid, userid, kind, touched_at, task_id)"
                + " VALUES (?, ?, ?, ?, ?)", contact, actor.userid(), kind, at, taskId);
    }
}
