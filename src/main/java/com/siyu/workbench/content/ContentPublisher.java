package com.siyu.workbench.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.Outbox;
import com.siyu.workbench.sync.OutboxItem;
import com.siyu.workbench.sync.OutboxKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Brings WeCom in line with approved invite templates through the outbox: a join way (groupchat/add_join_way) for the
 * target group, and the group welcome text (group_welcome_template/add, later /edit with the template_id WeCom
 * returned). Idempotency keys are deterministic per intended effect, so calling {@link #publish} again never queues a
 * duplicate; an edit needs the template_id, which exists only once the add was pushed — until then nothing is queued
 * and the next {@link #publishAll()} (after a push run, or at start-up) catches up.
 */
public final class ContentPublisher {
    private static final ObjectMapper JSON = Json.newMapper();

    private final Database db;
    private final ContentRepository repo;
    private final Outbox outbox;
    private final GroupWelcomeRenderer renderer;
    private final Clock clock;

    public ContentPublisher(Database db, ContentRepository repo, Outbox outbox, Clock clock) {
        this.db = db;
        this.repo = repo;
        this.outbox = outbox;
        this.renderer = new GroupWelcomeRenderer(db);
        this.clock = clock;
    }

    public static String joinWayKey(String contentId, String chatId) {
        return "content:" + contentId + ":join-way:" + chatId;
    }

    public static String groupWelcomeAddKey(String contentId) {
        return "content:" + contentId + ":group-welcome:add";
    }

    static String groupWelcomeEditKey(String contentId, int version) {
        return "content:" + contentId + ":group-welcome:v" + version;
    }

    /** Queues whatever the approved version of {@code contentId} still needs in WeCom (joins the caller's tx). */
    public void publish(String contentId, String by) {
        db.write(c -> {
            ContentItem item = repo.item(contentId).orElse(null);
            if (item == null || item.type() != ContentType.INVITE || !item.isLive()) {
                return;
            }
            ContentVersion approved = repo.version(contentId, item.approvedVersion()).orElseThrow();
            ContentBody body = approved.body();
            if (body.targetChatId() != null) {
                queueJoinWay(approved, by);
            }
            if (body.groupWelcomeText() != null) {
                queueGroupWelcome(approved, by);
            }
        });
    }

    /** {@link #publish} for every live invite template: run at start-up and after the outbox was pushed. */
    public void publishAll() {
        List<String> ids = db.read(c -> Sql.query(c, "SELECT id FROM content_items WHERE type = 'INVITE'"
                + " AND approved_version IS NOT NULL AND retired_at IS NULL", rs -> rs.getString(1)));
        ids.forEach(id -> publish(id, "system"));
    }

    private void queueJoinWay(ContentVersion v, String by) {
        String chatId = v.body().targetChatId();
        String key = joinWayKey(v.contentId(), chatId);
        ObjectNode payload = JSON.createObjectNode();
        payload.put("scene", 2);
        payload.put("remark", truncate(v.body().name(), 30));
        payload.put("auto_create_room", 0);
        payload.putArray("chat_id_list").add(chatId);
        payload.put("state", joinState(v.contentId()));
        enqueue(v, key, OutboxKind.JOIN_WAY_ADD, payload, by);
    }

    private void queueGroupWelcome(ContentVersion v, String by) {
        String addKey = groupWelcomeAddKey(v.contentId());
        String text = renderer.render(v.body());
        if (!pushed(addKey)) {
            ObjectNode payload = JSON.createObjectNode();
            payload.putObject("text").put("content", text);
            enqueue(v, addKey, OutboxKind.GROUP_WELCOME_ADD, payload, by);
            return;
        }
        Optional<PushedVersion> last = lastGroupWelcomePush(v.contentId());
        if (last.isPresent() && last.get().version() >= v.version()) {
            return;
        }
        Optional<String> templateId = OutboxResults.field(db, addKey, "template_id");
        if (templateId.isEmpty()) {
            return; // the add is not through yet; publishAll() after the push run queues the edit
        }
        boolean unchanged = last.flatMap(p -> repo.version(v.contentId(), p.version()))
                .map(p -> text.equals(renderer.render(p.body()))).orElse(false);
        if (unchanged) {
            return;
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("template_id", templateId.get());
        payload.putObject("text").put("content", text);
        enqueue(v, groupWelcomeEditKey(v.contentId(), v.version()), OutboxKind.GROUP_WELCOME_EDIT, payload, by);
    }

    private record PushedVersion(String key, int version) {
    }

    private Optional<PushedVersion> lastGroupWelcomePush(String contentId) {
        return db.read(c -> Sql.queryOne(c, "SELECT idempotency_key, version FROM content_remote_pushes"
                        + " WHERE content_id = ? AND kind IN ('GROUP_WELCOME_ADD', 'GROUP_WELCOME_EDIT')"
                        + " ORDER BY version DESC LIMIT 1",
                rs -> new PushedVersion(rs.getString(1), rs.getInt(2)), contentId));
    }

    private boolean pushed(String key) {
        long rows = db.read(c -> Sql.queryLong(c,
                "SELECT COUNT(*) FROM content_remote_pushes WHERE idempotency_key = ?", key));
        return rows > 0;
    }

    private void enqueue(ContentVersion v, String key, OutboxKind kind, ObjectNode payload, String by) {
        if (pushed(key)) {
            return;
        }
        db.write(c -> {
            outbox.enqueue(new OutboxItem(key, kind.name(), "content:" + v.contentId(), payload.toString(), by));
            Sql.update(c, "INSERT INTO content_remote_pushes (idempotency_key, content_id, version, kind, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", key, v.contentId(), v.version(), kind.name(), clock.instant());
        });
    }

    /** The join way's {@code state} (≤30 characters): tells which invite template brought a group member. */
    static String joinState(String contentId) {
        return truncate("inv-" + contentId, 30);
    }

    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
