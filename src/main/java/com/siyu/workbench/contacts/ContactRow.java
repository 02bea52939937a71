package com.siyu.workbench.contacts;

import java.time.Instant;
import java.util.List;

/**
 * One line of the contact list: a follow (customer × following member) with what the list shows.
 *
 * @param name        the customer's WeChat nickname
 * @param remark      the following member's remark for them (may be empty)
 * @param channelName the readable name of the follow's {@code state}, or the raw code when the channel is unknown
 * @param lastTouchAt the newest touch by the following member, or null when never touched
 */
public record ContactRow(String externalUserid, String followUserid, String followMemberName, String name,
                         String remark, List<TagChip> tags, String state, String channelName, Instant addedAt,
                         Instant lastTouchAt, boolean lost, Instant lostAt) {
    public ContactRow {
        tags = List.copyOf(tags);
    }

    /** Remark when the member set one, else the nickname. */
    public String displayName() {
        return remark == null || remark.isBlank() ? name : remark;
    }

    /** The customer's stage: their tag in the group 客户阶段, or null. */
    public String stage() {
        return tags.stream().filter(TagChip::isStage).map(TagChip::name).findFirst().orElse(null);
    }

    ContactRow withTags(List<TagChip> chips) {
        return new ContactRow(externalUserid, followUserid, followMemberName, name, remark, chips, state, channelName,
                addedAt, lastTouchAt, lost, lostAt);
    }
}
