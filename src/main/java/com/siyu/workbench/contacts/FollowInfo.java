package com.siyu.workbench.contacts;

import java.time.Instant;
import java.util.List;

/**
 * What WeCom knows about one member's relationship with the customer (follow_user / follow_info), plus whether the
 * viewing actor may edit it and which local edits are still pending.
 *
 * @param phones remark_mobiles, masked for viewers without SEE_FULL_PHONE
 */
public record FollowInfo(String userid, String memberName, String remark, String description, String remarkCorpName,
                         List<String> phones, Instant addedAt, Integer addWay, String state, String channelName,
                         String operUserid, boolean lost, Instant lostAt, List<TagChip> tags, boolean editable,
                         PendingEdits pending) {
    public FollowInfo {
        phones = List.copyOf(phones);
        tags = List.copyOf(tags);
    }
}
