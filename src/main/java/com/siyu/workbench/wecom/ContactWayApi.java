package com.siyu.workbench.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.wecom.dto.ContactWay;
import com.siyu.workbench.wecom.dto.ContactWayCreated;
import com.siyu.workbench.wecom.dto.Page;
import java.util.ArrayList;
import java.util.List;

/** 「联系我」 contact ways, whose {@code state} is the channel code (§11). */
final class ContactWayApi {
    private final ApiCaller api;

    ContactWayApi(ApiCaller api) {
        this.api = api;
    }

    ContactWayCreated add(ContactWay way) {
        String path = WeComPaths.ADD_CONTACT_WAY;
        return api.readAll(path, api.post(path, way), ContactWayCreated.class);
    }

    ContactWay get(String configId) {
        String path = WeComPaths.GET_CONTACT_WAY;
        return api.read(path, api.post(path, api.object().put("config_id", configId)), "contact_way",
                ContactWay.class);
    }

    Page<String> list(Long startTime, Long endTime, String cursor, int limit) {
        ObjectNode body = api.object();
        if (startTime != null) {
            body.put("start_time", startTime);
        }
        if (endTime != null) {
            body.put("end_time", endTime);
        }
        GroupMsgApi.paging(body, cursor, limit, 1000);
        ObjectNode answer = api.post(WeComPaths.LIST_CONTACT_WAY, body);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : answer.path("contact_way")) {
            String id = item.path("config_id").asText("");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return new Page<>(ids, answer.path("next_cursor").asText(""));
    }
}
