package com.siyu.workbench.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.content.PushHistory.Remote;
import com.siyu.workbench.content.PushHistory.Row;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.Outbox;
import com.siyu.workbench.sync.OutboxItem;
import com.siyu.workbench.sync.OutboxKind;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings WeCom in line with invite templates through the outbox, each effect exactly once. While an approved version
 * is live and names a target group, WeCom has a join way for it (groupchat/add_join_way, later update_join_way when
 * a new version changes the group or the name); while it has a group welcome text, a group welcome template
 * (group_welcome_template/add, later /edit). Retiring the template, or approving a version without them, deletes
 * them (del_join_way, group_welcome_template/del).
 *
 * <p>Idempotency keys are deterministic per intended effect, so calling {@link #publish} again never queues a
 * duplicate. Changes and deletes need the id WeCom gave on add (config_id, template_id), which exists only once the
 * add was pushed — until then nothing is queued and the next {@link #publishAll()} (after a push, or at start-up)
 * catches up. All items of one template share the ordering key {@code content:<id>}, so they reach WeCom in order.
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

    /** The key of the first join way of an invite template (a later generation appends {@code :<n>}). */
    public static String joinWayKey(String contentId, String chatId) {
        return joinWayKey(contentId, chatId, 0);
    }

    static String joinWayKey(String contentId, String chatId, int generation) {
        return "content:" + contentId + ":join-way:" + chatId + (generation == 0 ? "" : ":" + generation);
    }

    /** The key of the first group welcome template of an invite template. */
    public static String groupWelcomeAddKey(String contentId) {
        return groupWelcomeAddKey(contentId, 0);
    }

    static String groupWelcomeAddKey(String contentId, int generation) {
        return "content:" + contentId + ":group-welcome:add" + (generation == 0 ? "" : ":" + generation);
    }

    /**
     * Queues whatever WeCom still needs for {@code contentId}: for its live approved version, or — retired — the
     * deletes (joins the caller's transaction).
     */
    public void publish(String contentId, String by) {
        db.write(c -> {
            ContentItem item = repo.item(contentId).orElse(null);
            if (item == null || item.type() != ContentType.INVITE) {
                return;
            }
            ContentVersion live = item.isLive() ? repo.version(contentId, item.approvedVersion()).orElseThrow() : null;
            PushHistory history = PushHistory.read(db, contentId);
            syncJoinWay(contentId, live, history, by);
            syncGroupWelcome(contentId, live, history, by);
        });
    }

    /** {@link #publish} for every invite template: run at start-up and after the outbox was pushed. */
    public void publishAll() {
        List<String> ids = db.read(c -> Sql.query(c, "SELECT id FROM content_items WHERE type = 'INVITE'",
                rs -> rs.getString(1)));
        ids.forEach(id -> publish(id, "system"));
    }

    private void syncJoinWay(String id, ContentVersion live, PushHistory history, String by) {
        Optional<Row> added = history.currentAdd(Remote.JOIN_WAY);
        boolean wanted = live != null && live.body().targetChatId() != null;
        if (wanted && added.isEmpty()) {
            String key = joinWayKey(id, live.body().targetChatId(), history.generation(Remote.JOIN_WAY));
            enqueue(id, live.version(), key, OutboxKind.JOIN_WAY_ADD, joinWayBody(id, live.body()), by);
            return;
        }
        if (added.isEmpty()) {
            return;
        }
        Optional<String> configId = OutboxResults.field(db, added.get().key(), "config_id");
        if (configId.isEmpty()) {
            return; // the add is not through yet; publishAll() after the push catches up
        }
        if (!wanted) {
            ObjectNode payload = JSON.createObjectNode().put("config_id", configId.get());
            enqueue(id, added.get().version(), "content:" + id + ":join-way:del:" + history.generation(Remote.JOIN_WAY),
                    OutboxKind.JOIN_WAY_DEL, payload, by);
            return;
        }
        Row last = history.lastWrite(Remote.JOIN_WAY).orElseThrow();
        if (last.version() >= live.version()) {
            return;
        }
        ContentBody pushed = repo.version(id, last.version()).map(ContentVersion::body).orElse(null);
        if (pushed != null && joinWayBody(id, pushed).equals(joinWayBody(id, live.body()))) {
            return;
        }
        ObjectNode payload = joinWayBody(id, live.body());
        payload.put("config_id", configId.get());
        enqueue(id, live.version(), "content:" + id + ":join-way:v" + live.version(), OutboxKind.JOIN_WAY_UPDATE,
                payload, by);
    }

    private void syncGroupWelcome(String id, ContentVersion live, PushHistory history, String by) {
        Optional<Row> added = history.currentAdd(Remote.GROUP_WELCOME);
        boolean wanted = live != null && live.body().groupWelcomeText() != null;
        if (wanted && added.isEmpty()) {
            ObjectNode payload = JSON.createObjectNode();
            payload.putObject("text").put("content", renderer.render(live.body()));
            enqueue(id, live.version(), groupWelcomeAddKey(id, history.generation(Remote.GROUP_WELCOME)),
                    OutboxKind.GROUP_WELCOME_ADD, payload, by);
            return;
        }
        if (added.isEmpty()) {
            return;
        }
        Optional<String> templateId = OutboxResults.field(db, added.get().key(), "template_id");
        if (templateId.isEmpty()) {
            return; // the add is not through yet; publishAll() after the push catches up
        }
        if (!wanted) {
            ObjectNode payload = JSON.createObjectNode().put("template_id", templateId.get());
            enqueue(id, added.get().version(), "content:" + id + ":group-welcome:del:"
                    + history.generation(Remote.GROUP_WELCOME), OutboxKind.GROUP_WELCOME_DEL, payload, by);
            return;
        }
        Row last = history.lastWrite(Remote.GROUP_WELCOME).orElseThrow();
        if (last.version() >= live.version()) {
            return;
        }
        String text = renderer.render(live.body());
        boolean unchanged = repo.version(id, last.version())
                .map(p -> p.body().groupWelcomeText() != null && text.equals(renderer.render(p.body())))
                .orElse(false);
        if (unchanged) {
            return;
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("template_id", templateId.get());
        payload.putObject("text").put("content", text);
        enqueue(id, live.version(), "content:" + id + ":group-welcome:v" + live.version(),
                OutboxKind.GROUP_WELCOME_EDIT, payload, by);
    }

    /** The body add_join_way takes (update_join_way takes it too, plus config_id: a full overwrite). */
    private static ObjectNode joinWayBody(String contentId, ContentBody body) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("scene", 2);
        payload.put("remark", truncate(body.name(), 30));
        payload.put("auto_create_room", 0);
        payload.putArray("chat_id_list").add(Objects.requireNonNull(body.targetChatId()));
        payload.put("state", joinState(contentId));
        return payload;
    }

    private void enqueue(String contentId, int version, String key, OutboxKind kind, ObjectNode payload, String by) {
        long known = db.read(c -> Sql.queryLong(c,
                "SELECT COUNT(*) FROM content_remote_pushes WHERE idempotency_key = ?", key));
        if (known > 0) {
            return;
        }
        db.write(c -> {
            outbox.enqueue(new OutboxItem(key, kind.name(), "content:" + contentId, payload.toString(), by));
            Sql.update(c, "INSERT INTO content_remote_pushes (idempotency_key, content_id, version, kind, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", key, contentId, version, kind.name(), clock.instant());
        });
    }

    /** The join way's {@code state} (≤30 characters): tells which invite template brought a group member. */
    static String joinState(String contentId) {
        return truncate("inv-" + contentId, 30);
    }

    /** The add of the join way WeCom holds (or will) for this template now, to read its config_id. */
    static Optional<String> currentJoinWayKey(Database db, String contentId) {
        return PushHistory.read(db, contentId).currentAdd(Remote.JOIN_WAY).map(Row::key);
    }

    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
