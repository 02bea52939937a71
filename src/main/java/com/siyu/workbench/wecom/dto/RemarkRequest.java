package com.siyu.workbench.wecom.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Body of {@code externalcontact/remark}. Note {@code remark_company} here vs {@code remark_corp_name} on read; {@code remark_mobiles} overwrites ({@code [""]} clears). Null fields are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RemarkRequest(String userid, String externalUserid, String remark, String description,
                            String remarkCompany, List<String> remarkMobiles, String remarkPicMediaid) {
    public RemarkRequest {
        remarkMobiles = DtoLists.copyOrNull(remarkMobiles);
    }

    @Override
    public String toString() {
        return "RemarkRequest[userid=" + userid + ", externalUserid=" + externalUserid + "]";
    }
}
