package com.siyu.workbench.contacts.orders;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "谁的流量谁负责": who is credited with a matched order when several members follow the customer.
 *
 * <ol>
 *   <li>Only relationships that existed when the order was placed count (added on or before the order time and not
 *       lost before it).</li>
 *   <li>Among those, the member who added the customer first wins: they brought the customer into the private domain,
 *       and the channel ({@code state}) of that follow is the channel credited.</li>
 *   <li>If no relationship existed at the order time (bought before adding anyone, or after every member was
 *       deleted), the earliest follow overall is credited, so a sale is never left without an owner.</li>
 * </ol>
 * Ties (same added time) go to the lexically smaller userid, so the result never depends on row order.
 */
public final class Attribution {
    private static final Comparator<FollowSpan> FIRST_ADDED = Comparator.comparing(FollowSpan::addedAt)
            .thenComparing(FollowSpan::userid);

    private Attribution() {
    }

    public static Optional<FollowSpan> credit(List<FollowSpan> follows, Instant orderedAt) {
        // a loop rather than streams: an import credits up to 100,000 orders in one transaction
        FollowSpan atTheTime = null;
        FollowSpan earliest = null;
        for (FollowSpan f : follows) {
            if (earliest == null || FIRST_ADDED.compare(f, earliest) < 0) {
                earliest = f;
            }
            if (f.existedAt(orderedAt) && (atTheTime == null || FIRST_ADDED.compare(f, atTheTime) < 0)) {
                atTheTime = f;
            }
        }
        return Optional.ofNullable(atTheTime != null ? atTheTime : earliest);
    }
}
