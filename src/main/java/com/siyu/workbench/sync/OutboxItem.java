package com.siyu.workbench.sync;

import java.util.Objects;

/**
 * A local change that must reach WeCom. Enqueued in the same transaction as the change itself.
 *
 * @param idempotencyKey unique per intended remote effect; enqueueing the same key twice is a no-op, and the
 *                       pusher records it before sending so a crash between send and answer can be reconciled
 * @param kind           what to call remotely (MARK_TAG, REMARK, MSG_TEMPLATE, GROUP_WELCOME, JOIN_WAY…)
 * @param orderingKey    items with the same key are sent in enqueue order (usually the contact's external_userid)
 * @param payloadJson    the request the pusher will send
 */
public record OutboxItem(String idempotencyKey, String kind, String orderingKey, String payloadJson, String createdBy) {
    public OutboxItem {
        Objects.requireNonNull(idempotencyKey);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(orderingKey);
        Objects.requireNonNull(payloadJson);
    }
}
