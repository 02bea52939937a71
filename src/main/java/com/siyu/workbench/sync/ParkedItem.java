package com.siyu.workbench.sync;

import java.time.Instant;

/**
 * An outbox item WeCom refused for good, as the person resolving it sees it.
 *
 * @param contactName the customer's name when the ordering key is a known contact, else null
 * @param memberName  the name of the member who made the change, else their userid
 * @param reason      why it was parked, in Chinese
 */
public record ParkedItem(long id, String kind, String orderingKey, String contactName, String createdBy,
                         String memberName, Instant createdAt, int attempts, String reason, String payloadJson) {
}
