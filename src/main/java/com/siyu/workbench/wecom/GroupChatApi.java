package com.siyu.workbench.wecom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.wecom.dto.GroupChat;
import com.siyu.workbench.wecom.dto.GroupChatListQuery;
import com.siyu.workbench.wecom.dto.GroupChatRef;
import com.siyu.workbench.wecom.dto.JoinWay;
import com.siyu.workbench.wecom.dto.Page;

/** Customer groups and their join ways (§12). */
final class GroupChatApi {
    private final ApiCaller api;

    GroupChatApi(ApiCaller api) {
        this.api = api;
    }

    Page<GroupChatRef> listGroupChats(GroupChatListQuery query, String cursor, int limit) {
        ObjectNode body = api.object();
        if (query.statusFilter() != null) {
            body.put("status_filter", query.statusFilter());
        }
        if (query.ownerUserids() != null && !query.ownerUserids().isEmpty()) {
            body.putObject("owner_filter").set("userid_list", api.mapper().valueToTree(query.ownerUserids()));
        }
        GroupMsgApi.paging(body, cursor, limit, 1000);
        String path = WeComPaths.GROUPCHAT_LIST;
        return api.readPage(path, api.post(path, body), "group_chat_list", GroupChatRef.class);
    }

    GroupChat getGroupChat(String chatId, boolean needName) {
        ObjectNode body = api.object().put("chat_id", chatId).put("need_name", needName ? 1 : 0);
        String path = WeComPaths.GROUPCHAT_GET;
        return api.read(path, api.post(path, body), "group_chat", GroupChat.class);
    }

    String addJoinWay(JoinWay joinWay) {
        return api.post(WeComPaths.ADD_JOIN_WAY, joinWay).path("config_id").asText();
    }

    JoinWay getJoinWay(String configId) {
        String path = WeComPaths.GET_JOIN_WAY;
        return api.read(path, api.post(path, api.object().put("config_id", configId)), "join_way", JoinWay.class);
    }
}
