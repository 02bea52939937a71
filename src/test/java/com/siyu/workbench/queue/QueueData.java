package com.siyu.workbench.queue;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Writes the synced and content tables the queue reads, the way sync and the content feature fill them. */
public final class QueueData {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Database db;

    public QueueData(Database db) {
        this.db = db;
    }

    /** Shanghai wall-clock time as an instant, e.g. {@code at("2026-11-23T23:30")}. */
    public static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(SHANGHAI).toInstant();
    }

    public QueueData contact(String id, String name, String member, Instant addedAt) {
        return contact(id, name, null, member, addedAt, null);
    }

    public QueueData contact(String id, String name, String remark, String member, Instant addedAt, String state) {
        db.write(c -> {
            Sql.update(c, "INSERT OR IGNORE INTO contacts (external_userid, name, type, updated_at) VALUES (?, ?, 1, ?)",
                    id, name, addedAt);
            Sql.update(c, "INSERT INTO follows (external_userid, userid, remark, added_at, state, synced_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", id, member, remark, addedAt, state, addedAt);
        });
        return this;
    }

    public QueueData description(String id, String member, String text) {
        db.write(c -> Sql.update(c, "UPDATE follows SET description = ? WHERE external_userid = ? AND userid = ?",
                text, id, member));
        return this;
    }

    public QueueData lost(String id, String member, Instant at) {
        db.write(c -> Sql.update(c, "UPDATE follows SET status = 'LOST', lost_at = ? WHERE external_userid = ?"
                + " AND userid = ?", at, id, member));
        return this;
    }

    public QueueData tagGroup(String groupId, String name) {
        db.write(c -> Sql.update(c, "INSERT OR IGNORE INTO tag_groups (group_id, name) VALUES (?, ?)", groupId, name));
        return this;
    }

    public QueueData tag(String groupId, String tagId, String name) {
        db.write(c -> Sql.update(c, "INSERT OR IGNORE INTO tags (tag_id, group_id, name) VALUES (?, ?, ?)",
                tagId, groupId, name));
        return this;
    }

    public QueueData tagContact(String id, String member, String tagId) {
        db.write(c -> Sql.update(c, "INSERT OR IGNORE INTO follow_tags (external_userid, userid, tag_id)"
                + " VALUES (?, ?, ?)", id, member, tagId));
        return this;
    }

    public QueueData untagContact(String id, String member, String tagId) {
        db.write(c -> Sql.update(c, "DELETE FROM follow_tags WHERE external_userid = ? AND userid = ? AND tag_id = ?",
                id, member, tagId));
        return this;
    }

    public QueueData touch(String id, String member, String kind, Instant at) {
        db.write(c -> Sql.update(c, "INSERT INTO contact_touches (external_userid, userid, kind, touched_at)"
                + " VALUES (?, ?, ?, ?)", id, member, kind, at));
        return this;
    }

    public QueueData order(String orderId, String contact, Instant at) {
        db.write(c -> Sql.update(c, "INSERT INTO orders (order_id, ordered_at, amount_cents, external_userid,"
                + " imported_at) VALUES (?, ?, 19900, ?, ?)", orderId, at, contact, at));
        return this;
    }

    public QueueData joinGroup(String chatId, String contact, Instant at) {
        db.write(c -> {
            Sql.update(c, "INSERT OR IGNORE INTO customer_groups (chat_id, name, synced_at) VALUES (?, '会员福利群', 0)",
                    chatId);
            Sql.update(c, "INSERT INTO customer_group_members (chat_id, member_id, type, join_time)"
                    + " VALUES (?, ?, 2, ?)", chatId, contact, at.getEpochSecond());
        });
        return this;
    }

    public QueueData channel(String state, String name) {
        db.write(c -> Sql.update(c, "INSERT OR IGNORE INTO channels (state, name, updated_at) VALUES (?, ?, 0)",
                state, name));
        return this;
    }

    /** An approved script: steps given as {dayOffset, text} pairs. */
    public QueueData script(String id, String name, Object... offsetsAndTexts) {
        db.write(c -> {
            item(c, id, "SCRIPT", name, null, null);
            for (int i = 0; i < offsetsAndTexts.length; i += 2) {
                Sql.update(c, "INSERT INTO script_steps (content_id, version, step_no, day_offset, text)"
                        + " VALUES (?, 1, ?, ?, ?)", id, i / 2 + 1, offsetsAndTexts[i], offsetsAndTexts[i + 1]);
            }
        });
        return this;
    }

    public QueueData welcome(String id, String text) {
        db.write(c -> item(c, id, "WELCOME", "默认欢迎语", text, null));
        return this;
    }

    public QueueData invite(String id, String text, String chatId) {
        db.write(c -> item(c, id, "INVITE", "会员群邀请", text, chatId));
        return this;
    }

    /** A content item with a draft only (not approved yet). */
    public QueueData draft(String id, String type) {
        db.write(c -> {
            Sql.update(c, "INSERT INTO content_items (id, type, name, created_by, created_at) VALUES (?, ?, ?, 'x', 0)",
                    id, type, id);
            Sql.update(c, "INSERT INTO content_versions (content_id, version, status, name, text, author, created_at)"
                    + " VALUES (?, 1, 'DRAFT', ?, '草稿', 'x', 0)", id, id);
        });
        return this;
    }

    private static void item(java.sql.Connection c, String id, String type, String name, String text, String chat)
            throws java.sql.SQLException {
        Sql.update(c, "INSERT INTO content_items (id, type, name, created_by, created_at, approved_version)"
                + " VALUES (?, ?, ?, 'liuyan', 0, 1)", id, type, name);
        Sql.update(c, "INSERT INTO content_versions (content_id, version, status, name, text, target_chat_id, author,"
                + " created_at) VALUES (?, 1, 'APPROVED', ?, ?, ?, 'liuyan', 0)", id, name, text, chat);
    }
}
