package com.siyu.workbench.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.WeComErrorKind;
import com.siyu.workbench.wecom.WeComException;
import com.siyu.workbench.wecom.WeComUnavailableException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends outbox items to WeCom: the payload is the request body of the kind's endpoint, POSTed verbatim; WeCom's
 * whole answer goes to {@code outbox.result_json} (other features read created ids — template_id, config_id — from
 * there). What an error means for the item:
 * <ul>
 *   <li>unreachable → the flush stops, the item waits (offline is detected from the failure);</li>
 *   <li>rate limit, "still dispatching" (41063), token trouble, configuration → back off and try again later;</li>
 *   <li>anything WeCom refuses for this item (84061 contact gone, 40096 bad contact, 40068 bad tag, no privilege,
 *       content rules…) → parked with a Chinese reason for a person to retry or discard;</li>
 *   <li>an ambiguous failure of a create: add_msg_template is reconciled with WeCom before it is ever sent again;
 *       the other creates (group welcome template, join way) have no list to check, so a person decides.</li>
 * </ul>
 */
final class WeComPushTarget implements PushTarget {
    /**
     * Kinds whose repetition is harmless: mark_tag and remark set state, edit and update_join_way overwrite. A
     * delete sent again after it landed is refused because the id is gone, which is what the delete wanted
     * ({@link #alreadyDeleted}).
     */
    private static final Set<OutboxKind> REPEATABLE = EnumSet.of(OutboxKind.MARK_TAG, OutboxKind.REMARK,
            OutboxKind.GROUP_WELCOME_EDIT, OutboxKind.JOIN_WAY_UPDATE, OutboxKind.GROUP_WELCOME_DEL,
            OutboxKind.JOIN_WAY_DEL);
    private static final Duration RECHECK = Duration.ofSeconds(30);
    /** 不合法的参数: what WeCom answers a delete whose id it does not know. */
    private static final int INVALID_PARAMETER = 40058;
    private static final ObjectMapper JSON = Json.newMapper();
    private static final String GET_JOIN_WAY = "/cgi-bin/externalcontact/groupchat/get_join_way";
    private static final Logger LOG = LoggerFactory.getLogger(WeComPushTarget.class);

    private final WeComApi api;
    private final MsgTemplateReconciler reconciler;
    private final SyncTexts texts;

    WeComPushTarget(WeComApi api, Database db, Clock clock, SyncTexts texts) {
        this.api = api;
        this.texts = texts;
        this.reconciler = new MsgTemplateReconciler(api, db, clock, texts);
    }

    @Override
    public boolean accepts(String kind) {
        return Arrays.stream(OutboxKind.values()).anyMatch(k -> k.name().equals(kind));
    }

    @Override
    public PushOutcome send(OutboxEntry item) {
        OutboxKind kind = OutboxKind.valueOf(item.kind());
        JsonNode payload;
        try {
            payload = JSON.readTree(item.payloadJson());
        } catch (IOException unreadable) {
            return new PushOutcome.Park(texts.get("sync.push.badPayload"));
        }
        if (!(payload instanceof ObjectNode)) {
            return new PushOutcome.Park(texts.get("sync.push.badPayload"));
        }
        try {
            ObjectNode answer = api.post(kind.path(), payload);
            if (kind == OutboxKind.JOIN_WAY_ADD) {
                addQrCode(answer);
            }
            return new PushOutcome.Sent(answer.toString(),
                    kind == OutboxKind.MSG_TEMPLATE ? MsgTemplateReconciler.recordTask(answer.path("msgid").asText(""))
                            : null);
        } catch (WeComUnavailableException e) {
            if (e.outcomeUnknown()) {
                return kind == OutboxKind.MSG_TEMPLATE
                        ? new PushOutcome.Reconcile(texts.get("sync.push.reconciling"), RECHECK)
                        : new PushOutcome.Park(texts.get("sync.push.outcomeUnknown"));
            }
            return new PushOutcome.Offline(texts.get(e.messageKey(), e.messageArgs()));
        } catch (WeComException e) {
            if (alreadyDeleted(kind, item, e)) {
                return new PushOutcome.Sent("{\"already_deleted\":true}", null);
            }
            return refused(e);
        }
    }

    /**
     * A delete sent again (its earlier attempt's outcome was unknown, or it was retried) that WeCom refuses because
     * the id no longer exists: the earlier attempt landed, or someone deleted it in the admin console. Either way the
     * object is gone, as wanted. The first attempt of a delete is never read this way.
     */
    private static boolean alreadyDeleted(OutboxKind kind, OutboxEntry item, WeComException e) {
        boolean delete = kind == OutboxKind.GROUP_WELCOME_DEL || kind == OutboxKind.JOIN_WAY_DEL;
        return delete && item.attempts() > 1
                && (e.kind() == WeComErrorKind.INVALID_ITEM || e.errcode() == INVALID_PARAMETER);
    }

    /**
     * add_join_way answers only the config_id; the QR a guide shares comes from get_join_way. Read it at once so the
     * result holds both; if that read fails the join way still exists, and the QR is simply not known yet.
     */
    private void addQrCode(ObjectNode answer) {
        String configId = answer.path("config_id").asText("");
        if (configId.isEmpty()) {
            return;
        }
        try {
            ObjectNode request = JSON.createObjectNode().put("config_id", configId);
            JsonNode way = api.post(GET_JOIN_WAY, request).path("join_way");
            if (way.hasNonNull("qr_code")) {
                answer.put("qr_code", way.get("qr_code").asText());
            }
        } catch (WeComException e) {
            LOG.info("join way {} created; its QR code could not be read yet ({})", configId, e.errcode());
        }
    }

    @Override
    public PushOutcome recover(OutboxEntry item) {
        OutboxKind kind = OutboxKind.valueOf(item.kind());
        if (kind == OutboxKind.MSG_TEMPLATE) {
            return reconciler.reconcile(item);
        }
        if (REPEATABLE.contains(kind)) {
            return new PushOutcome.Retry(texts.get("sync.push.resend"), Duration.ZERO);
        }
        return new PushOutcome.Park(texts.get("sync.push.outcomeUnknown"));
    }

    private PushOutcome refused(WeComException e) {
        WeComErrorKind kind = e.kind();
        if (kind == WeComErrorKind.RATE_LIMIT || kind == WeComErrorKind.RETRY_LATER || kind == WeComErrorKind.TOKEN
                || kind == WeComErrorKind.CONFIG) {
            return new PushOutcome.Retry(texts.get(e.messageKey(), e.messageArgs()),
                    kind == WeComErrorKind.RATE_LIMIT ? Duration.ofMinutes(1) : RECHECK);
        }
        return new PushOutcome.Park(reason(e));
    }

    /** A specific Chinese reason for the errors a person can act on, WeCom's own words otherwise. */
    private String reason(WeComException e) {
        String key = "sync.push.error." + e.errcode();
        if (texts.has(key)) {
            return texts.get(key);
        }
        return texts.get("sync.push.error.other", e.errcode(), e.errmsg());
    }
}
