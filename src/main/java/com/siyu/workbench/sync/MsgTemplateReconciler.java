package com.siyu.workbench.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.wecom.Paging;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.WeComErrorKind;
import com.siyu.workbench.wecom.WeComException;
import com.siyu.workbench.wecom.WeComUnavailableException;
import com.siyu.workbench.wecom.dto.GroupMsg;
import com.siyu.workbench.wecom.dto.GroupMsgListQuery;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Exactly once for message tasks. An add_msg_template item found IN_FLIGHT (the app died after marking it, or the
 * answer was lost) may or may not exist in WeCom. Before it is ever sent again, WeCom is asked: the corp's mass
 * messages created around the attempt (get_groupmsg_list_v2 from 5 minutes before the attempt to an hour after),
 * not already recorded for another item, with the same text, whose task list has the same sender
 * (get_groupmsg_task) and whose send results include the same customer (get_groupmsg_send_result). A match is the
 * item: it is recorded as sent with that msgid. No match: it never reached WeCom and is sent again.
 */
final class MsgTemplateReconciler {
    /** Let a request still on its way from a process that just died land before asking. */
    static final Duration GRACE = Duration.ofSeconds(3);
    private static final Duration BEFORE = Duration.ofMinutes(5);
    private static final Duration AFTER = Duration.ofHours(1);
    private static final Duration RECHECK = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = Json.newMapper();

    private final WeComApi api;
    private final Database db;
    private final Clock clock;
    private final SyncTexts texts;

    MsgTemplateReconciler(WeComApi api, Database db, Clock clock, SyncTexts texts) {
        this.api = api;
        this.db = db;
        this.clock = clock;
        this.texts = texts;
    }

    PushOutcome reconcile(OutboxEntry item) {
        Instant attempt = item.attemptedAt() != null ? item.attemptedAt() : item.createdAt();
        if (clock.instant().isBefore(attempt.plus(GRACE))) {
            return new PushOutcome.Reconcile(texts.get("sync.push.reconciling"), GRACE);
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(item.payloadJson());
        } catch (IOException unreadable) {
            return new PushOutcome.Park(texts.get("sync.push.badPayload"));
        }
        try {
            Optional<String> msgid = find(payload, attempt);
            if (msgid.isPresent()) {
                ObjectNode answer = JSON.createObjectNode().put("errcode", 0).put("errmsg", "ok")
                        .put("msgid", msgid.get()).put("reconciled", true);
                return new PushOutcome.Sent(answer.toString(), recordTask(msgid.get()));
            }
            return new PushOutcome.Retry(texts.get("sync.push.resend"), Duration.ZERO);
        } catch (WeComUnavailableException e) {
            return new PushOutcome.Offline(texts.get(e.messageKey(), e.messageArgs()));
        } catch (WeComException e) {
            Duration wait = e.kind() == WeComErrorKind.RATE_LIMIT ? Duration.ofMinutes(1) : RECHECK;
            return new PushOutcome.Reconcile(texts.get(e.messageKey(), e.messageArgs()), wait);
        }
    }

    private Optional<String> find(JsonNode payload, Instant attempt) {
        String sender = payload.path("sender").asText(null);
        String text = payload.path("text").path("content").asText(null);
        Set<String> customers = new HashSet<>();
        payload.path("external_userid").forEach(id -> customers.add(id.asText()));
        Set<String> recorded = db.read(c -> {
            Set<String> ids = new HashSet<>();
            Sql.query(c, "SELECT msgid FROM message_tasks", rs -> ids.add(rs.getString(1)));
            return ids;
        });
        long start = attempt.minus(BEFORE).getEpochSecond();
        long end = attempt.plus(AFTER).getEpochSecond();
        GroupMsgListQuery query = GroupMsgListQuery.single(start, end);
        List<GroupMsg> candidates = new ArrayList<>();
        Paging.stream(cursor -> api.getGroupMsgListV2(query, cursor, 100))
                .filter(m -> m.msgid() != null && !recorded.contains(m.msgid()))
                .filter(m -> Objects.equals(text, m.text() == null ? null : m.text().content()))
                .forEach(candidates::add);
        for (GroupMsg candidate : candidates) {
            boolean senderHasIt = sender == null || Paging.stream(cursor -> api.getGroupMsgTask(candidate.msgid(),
                    cursor, 1000)).anyMatch(t -> sender.equals(t.userid()));
            if (!senderHasIt) {
                continue;
            }
            if (customers.isEmpty() || sender == null || Paging.stream(cursor -> api.getGroupMsgSendResult(
                    candidate.msgid(), sender, cursor, 1000)).anyMatch(r -> customers.contains(r.externalUserid()))) {
                return Optional.of(candidate.msgid());
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code message_tasks} row of a created task, written with marking the item SENT. The queue task id is
     * taken from the idempotency key {@code send:<taskId>} (the outbox contract), when the key has that form.
     */
    static PushOutcome.SentWrite recordTask(String msgid) {
        return (c, item) -> {
            if (msgid == null || msgid.isEmpty()) {
                return;
            }
            JsonNode payload;
            try {
                payload = JSON.readTree(item.payloadJson());
            } catch (IOException unreadable) {
                return;
            }
            JsonNode customers = payload.path("external_userid");
            String customer = customers.isArray() && customers.size() > 0 ? customers.get(0).asText() : null;
            String taskId = item.idempotencyKey().startsWith("send:") ? item.idempotencyKey().substring(5) : null;
            Instant created = item.attemptedAt() != null ? item.attemptedAt() : item.createdAt();
            Sql.update(c, "INSERT INTO message_tasks (msgid, outbox_id, sender, external_userid, task_id, created_at,"
                    + " send_status) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING", msgid, item.id(),
                    payload.path("sender").asText(""), customer, taskId, created);
        };
    }
}
