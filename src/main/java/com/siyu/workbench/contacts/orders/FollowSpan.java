package com.siyu.workbench.contacts.orders;

import java.time.Instant;

/** When one member's relationship with a customer existed, and the channel that started it. */
public record FollowSpan(String userid, Instant addedAt, Instant lostAt, String state) {
    boolean existedAt(Instant at) {
        return !addedAt.isAfter(at) && (lostAt == null || lostAt.isAfter(at));
    }
}
