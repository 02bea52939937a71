package com.siyu.workbench.sandbox.model;

import java.util.List;

/**
 * One (member, customer) follow relation: the {@code follow_info} / {@code follow_user[]} item of WeCom.
 * {@code seq} orders a member's customers for cursor paging and never changes. {@code lostAt} (epoch seconds, 0 =
 * active) marks churn: the customer deleted the member, and from then on the relation is absent from list,
 * batch/get_by_user and get for that member (see {@link ContactStore}).
 */
public record Follow(long seq, String userid, String externalUserid, String remark, String description,
                     long createtime, List<String> tagIds, String remarkCorpName, List<String> remarkMobiles,
                     String operUserid, int addWay, String state, long lostAt) {
    public Follow {
        tagIds = List.copyOf(tagIds);
        remarkMobiles = List.copyOf(remarkMobiles);
    }

    public boolean lost() {
        return lostAt != 0;
    }

    public Follow withTags(List<String> newTagIds) {
        return new Follow(seq, userid, externalUserid, remark, description, createtime, newTagIds, remarkCorpName,
                remarkMobiles, operUserid, addWay, state, lostAt);
    }

    public Follow withRemarks(String newRemark, String newDescription, String newCorpName, List<String> newMobiles) {
        return new Follow(seq, userid, externalUserid, newRemark, newDescription, createtime, tagIds, newCorpName,
                newMobiles, operUserid, addWay, state, lostAt);
    }

    public Follow lostAt(long epochSecond) {
        return new Follow(seq, userid, externalUserid, remark, description, createtime, tagIds, remarkCorpName,
                remarkMobiles, operUserid, addWay, state, epochSecond);
    }
}
