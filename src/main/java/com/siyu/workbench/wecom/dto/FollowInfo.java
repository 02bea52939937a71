package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** One member's relation to a customer: {@code follow_info} of batch/get_by_user (tags as {@code tag_id}) or an item of {@code follow_user} of get (tags as objects in {@code tags}). {@code createtime} has no underscore; {@code add_way} is an open int (unknown values are kept); {@code remark_corp_name} is the read-side name of the write-side {@code remark_company}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FollowInfo(String userid, String remark, String description, Long createtime, List<String> tagId,
                         List<FollowTag> tags, String remarkCorpName, List<String> remarkMobiles, String operUserid,
                         Integer addWay, String state) {
    public FollowInfo {
        tagId = DtoLists.orEmpty(tagId);
        tags = DtoLists.orEmpty(tags);
        remarkMobiles = DtoLists.orEmpty(remarkMobiles);
    }

    /** Corp/strategy tag ids whichever endpoint this came from (personal tags have none). */
    public List<String> allTagIds() {
        if (!tagId.isEmpty()) {
            return tagId;
        }
        return tags.stream().map(FollowTag::tagId).filter(id -> id != null && !id.isEmpty()).toList();
    }

    /** Remark mobiles are personal data: never printed. */
    @Override
    public String toString() {
        return "FollowInfo[userid=" + userid + ", createtime=" + createtime + ", tagId=" + allTagIds()
                + ", addWay=" + addWay + ", state=" + state + "]";
    }
}
