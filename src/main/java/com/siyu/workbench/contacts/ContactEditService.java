package com.siyu.workbench.contacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.audit.ActivityEntry;
import com.siyu.workbench.audit.ActivityEvent;
import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.Outbox;
import com.siyu.workbench.sync.OutboxItem;
import com.siyu.workbench.sync.OutboxKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A member's edits of their own follow of a customer. Each edit is one transaction: the local change, its log entry
 * and (for what WeCom must learn) the outbox item carrying the WeCom request body, so offline edits are durable at
 * once and reach WeCom when sync pushes. An edit that changes nothing enqueues nothing (a repeated click is safe).
 */
public final class ContactEditService {
    /** WeCom externalcontact/remark limits, in characters. */
    public static final int REMARK_MAX = 20;
    public static final int DESCRIPTION_MAX = 150;
    public static final int NOTE_MAX = 2000;

    private static final ObjectMapper JSON = Json.newMapper();

    private final Database db;
    private final ContactAccess access;
    private final TagCatalog tags;
    private final ActivityLog log;
    private final Outbox outbox;
    private final Clock clock;
    private final Runnable outboxChanged;

    public ContactEditService(Database db, ContactAccess access, TagCatalog tags, ActivityLog log, Outbox outbox,
                              Clock clock, Runnable outboxChanged) {
        this.db = db;
        this.access = access;
        this.tags = tags;
        this.log = log;
        this.outbox = outbox;
        this.clock = clock;
        this.outboxChanged = outboxChanged;
    }

    /**
     * Makes the actor's follow carry exactly {@code desiredTagIds} among the live corp tags, and queues the difference
     * as one mark_tag. Returns the difference (empty when there was none).
     */
    public TagChange setTags(Actor actor, String externalUserid, Collection<String> desiredTagIds) {
        String userid = actor.userid();
        ContactAccess.requireEdit(access.scopeOf(actor), userid);
        Map<String, TagChip> live = tags.byId();
        Set<String> desired = new LinkedHashSet<>(desiredTagIds);
        for (String tag : desired) {
            if (!live.containsKey(tag)) {
                throw new ContactEditException("contacts.error.unknownTag", tag);
            }
        }
        TagChange change = db.inTransaction(c -> {
            requireActiveFollow(c, externalUserid, userid);
            Set<String> current = new LinkedHashSet<>(Sql.query(c, "SELECT tag_id FROM follow_tags"
                    + " WHERE external_userid = ? AND userid = ?", rs -> rs.getString(1), externalUserid, userid));
            List<String> add = desired.stream().filter(t -> !current.contains(t)).toList();
            List<String> remove = current.stream().filter(t -> live.containsKey(t) && !desired.contains(t)).toList();
            TagChange delta = new TagChange(add, remove);
            if (delta.isEmpty()) {
                return delta;
            }
            for (String tag : add) {
                Sql.update(c, "INSERT INTO follow_tags (external_userid, userid, tag_id) VALUES (?, ?, ?)",
                        externalUserid, userid, tag);
            }
            for (String tag : remove) {
                Sql.update(c, "DELETE FROM follow_tags WHERE external_userid = ? AND userid = ? AND tag_id = ?",
                        externalUserid, userid, tag);
            }
            ActivityEntry entry = log.append(new ActivityEvent(userid, Actions.CONTACT_TAGS, externalUserid, null,
                    null, null, Map.of("add", add, "remove", remove,
                    "addedNames", add.stream().map(t -> live.get(t).name()).toList(),
                    "removedNames", remove.stream().map(t -> live.get(t).name()).toList())));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("userid", userid);
            body.put("external_userid", externalUserid);
            body.put("add_tag", add);
            body.put("remove_tag", remove);
            outbox.enqueue(new OutboxItem("mark_tag:" + userid + ":" + externalUserid + ":" + entry.seq(),
                    OutboxKind.MARK_TAG.name(), externalUserid, json(body), userid));
            return delta;
        });
        if (!change.isEmpty()) {
            outboxChanged.run();
        }
        return change;
    }

    /** Sets the actor's remark and description for the customer, within WeCom's limits, and queues the remark call. */
    public boolean editRemark(Actor actor, String externalUserid, String remark, String description) {
        String userid = actor.userid();
        ContactAccess.requireEdit(access.scopeOf(actor), userid);
        String newRemark = remark == null ? "" : remark.strip();
        String newDescription = description == null ? "" : description.strip();
        checkLength(newRemark, REMARK_MAX, "contacts.error.remarkTooLong");
        checkLength(newDescription, DESCRIPTION_MAX, "contacts.error.descriptionTooLong");
        if (newRemark.isEmpty() && newDescription.isEmpty()) {
            throw new ContactEditException("contacts.error.remarkBothEmpty");
        }
        boolean changed = db.inTransaction(c -> {
            requireActiveFollow(c, externalUserid, userid);
            String[] old = Sql.queryOne(c, "SELECT coalesce(remark, ''), coalesce(description, '') FROM follows"
                    + " WHERE external_userid = ? AND userid = ?", rs -> new String[] {rs.getString(1),
                    rs.getString(2)}, externalUserid, userid).orElseThrow();
            if (old[0].equals(newRemark) && old[1].equals(newDescription)) {
                return false;
            }
            Sql.update(c, "UPDATE follows SET remark = ?, description = ? WHERE external_userid = ? AND userid = ?",
                    newRemark, newDescription, externalUserid, userid);
            ActivityEntry entry = log.append(new ActivityEvent(userid, Actions.CONTACT_REMARK, externalUserid, null,
                    null, null, Map.of("remark", newRemark, "description", newDescription)));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("userid", userid);
            body.put("external_userid", externalUserid);
            body.put("remark", newRemark);
            body.put("description", newDescription);
            outbox.enqueue(new OutboxItem("remark:" + userid + ":" + externalUserid + ":" + entry.seq(),
                    OutboxKind.REMARK.name(), externalUserid, json(body), userid));
            return true;
        });
        if (changed) {
            outboxChanged.run();
        }
        return changed;
    }

    /** Adds a local follow-up note (never sent to WeCom); it also counts as a touch of the customer. */
    public NoteEntry addNote(Actor actor, String externalUserid, String body) {
        return addNote(actor, externalUserid, body, null);
    }

    /** A note written on a queue task's card: the note, its touch and its log entry all name {@code taskId}. */
    public NoteEntry addNote(Actor actor, String externalUserid, String body, String taskId) {
        String userid = actor.userid();
        ContactAccess.requireEdit(access.scopeOf(actor), userid);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new ContactEditException("contacts.error.noteEmpty");
        }
        checkLength(text, NOTE_MAX, "contacts.error.noteTooLong");
        long now = clock.millis();
        return db.inTransaction(c -> {
            requireFollow(c, externalUserid, userid);
            long id = Sql.insert(c, "INSERT INTO contact_notes (external_userid, userid, body, created_at, task_id)"
                    + " VALUES (?, ?, ?, ?, ?)", externalUserid, userid, text, now, taskId);
            Sql.update(c, "INSERT INTO contact_touches (external_userid, userid, kind, touched_at, task_id)"
                    + " VALUES (?, ?, 'NOTE', ?, ?)", externalUserid, userid, now, taskId);
            log.append(new ActivityEvent(userid, Actions.CONTACT_NOTE, externalUserid, taskId, null, null,
                    Map.of("noteId", id)));
            return new NoteEntry(id, userid, actor.name(), text, java.time.Instant.ofEpochMilli(now), taskId);
        });
    }

    private static void checkLength(String text, int max, String key) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new ContactEditException(key, max, length);
        }
    }

    private static void requireFollow(Connection c, String externalUserid, String userid) throws SQLException {
        status(c, externalUserid, userid);
    }

    private static void requireActiveFollow(Connection c, String externalUserid, String userid) throws SQLException {
        if ("LOST".equals(status(c, externalUserid, userid))) {
            throw new ContactEditException("contacts.error.lost");
        }
    }

    private static String status(Connection c, String externalUserid, String userid) throws SQLException {
        return Sql.queryOne(c, "SELECT status FROM follows WHERE external_userid = ? AND userid = ?",
                rs -> rs.getString(1), externalUserid, userid)
                .orElseThrow(() -> new ContactEditException("contacts.error.notYourContact"));
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("WeCom request bodies are plain maps", e);
        }
    }

    /** The tags an edit added and removed. */
    public record TagChange(List<String> added, List<String> removed) {
        public TagChange {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }
}
