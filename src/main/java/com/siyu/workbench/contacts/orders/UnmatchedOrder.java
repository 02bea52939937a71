package com.siyu.workbench.contacts.orders;

import java.time.Instant;
import java.util.List;

/**
 * An imported order no customer is tied to yet, with the suggestions a guide may confirm.
 *
 * @param phone the buyer phone, masked for viewers without SEE_FULL_PHONE
 */
public record UnmatchedOrder(String orderId, String source, Instant orderedAt, long amountCents, String items,
                             String phone, String nickname, List<SuggestedContact> suggestions) {
    public UnmatchedOrder {
        suggestions = List.copyOf(suggestions);
    }

    /** A customer suggested for the order, who follows them, and whether the viewer may confirm it. */
    public record SuggestedContact(String externalUserid, String contactName, String followedBy, MatchMethod reason,
                                   boolean confirmable) {
    }
}
