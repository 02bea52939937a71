package com.siyu.workbench.wecom;

import com.siyu.workbench.wecom.dto.AppMessage;
import com.siyu.workbench.wecom.dto.AppMessageResult;
import com.siyu.workbench.wecom.dto.BehaviorData;
import com.siyu.workbench.wecom.dto.BehaviorQuery;
import java.util.List;

/** 联系客户统计 (§13) and app messages to members (§15). */
final class StatsAndMessageApi {
    private final ApiCaller api;
    private final Long agentId;

    StatsAndMessageApi(ApiCaller api, Long agentId) {
        this.api = api;
        this.agentId = agentId;
    }

    List<BehaviorData> getUserBehaviorData(BehaviorQuery query) {
        String path = WeComPaths.USER_BEHAVIOR_DATA;
        return api.readList(path, api.post(path, query), "behavior_data", BehaviorData.class);
    }

    AppMessageResult send(AppMessage message) {
        String path = WeComPaths.MESSAGE_SEND;
        AppMessage withAgent = message;
        if (message.agentid() == null) {
            if (agentId == null) {
                throw new WeComConfigException(path, WeComException.NO_ERRCODE,
                        "no agentid configured for app messages", null);
            }
            withAgent = message.withAgentid(agentId);
        }
        return api.readAll(path, api.post(path, withAgent), AppMessageResult.class);
    }
}
