package com.siyu.workbench.queue.generate;

import java.time.MonthDay;
import java.util.Map;

/**
 * What generation knows about one contact of one member, read in bulk. Days are epoch days in the queue's zone
 * ({@link #NONE} when unknown) so that rule evaluation over 20,000 contacts is integer arithmetic.
 *
 * @param tags            the contact's tags on this member, as sorted {@link TagIndex} numbers
 * @param lastTouchDay    newest touch of any kind by this member (the contract's "last touch")
 * @param lastOutboundDay newest touch that reached the customer (sent, copied, called, done, invited)
 * @param lastReplyDay    newest "customer replied" touch
 * @param dates           date fields (BIRTHDAY…) when known; null when none
 */
public record ContactFacts(String externalUserid, String name, String remark, String state, boolean lost,
                           int addedDay, int lostDay, int[] tags, int lastTouchDay, int lastOutboundDay,
                           int lastReplyDay, int lastOrderDay, int groupJoinDay, Map<String, MonthDay> dates) {
    public static final int NONE = Integer.MIN_VALUE;

    public boolean hasTag(int tag) {
        return java.util.Arrays.binarySearch(tags, tag) >= 0;
    }

    public boolean touchedSince(int day) {
        return lastTouchDay != NONE && lastTouchDay >= day;
    }
}
