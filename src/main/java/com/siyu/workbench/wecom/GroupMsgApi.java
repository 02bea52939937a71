package com.siyu.workbench.wecom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.wecom.dto.GroupMsg;
import com.siyu.workbench.wecom.dto.GroupMsgListQuery;
import com.siyu.workbench.wecom.dto.GroupMsgSendResult;
import com.siyu.workbench.wecom.dto.GroupMsgTask;
import com.siyu.workbench.wecom.dto.MsgTemplateRequest;
import com.siyu.workbench.wecom.dto.MsgTemplateResult;
import com.siyu.workbench.wecom.dto.Page;

/** Mass send (企业群发, §9). */
final class GroupMsgApi {
    private final ApiCaller api;

    GroupMsgApi(ApiCaller api) {
        this.api = api;
    }

    MsgTemplateResult addMsgTemplate(MsgTemplateRequest request) {
        String path = WeComPaths.ADD_MSG_TEMPLATE;
        return api.readAll(path, api.post(path, request), MsgTemplateResult.class);
    }

    Page<GroupMsg> getGroupMsgListV2(GroupMsgListQuery query, String cursor, int limit) {
        ObjectNode body = api.mapper().valueToTree(query);
        paging(body, cursor, limit, 100);
        String path = WeComPaths.GROUPMSG_LIST_V2;
        return api.readPage(path, api.post(path, body), "group_msg_list", GroupMsg.class);
    }

    Page<GroupMsgTask> getGroupMsgTask(String msgid, String cursor, int limit) {
        ObjectNode body = api.object().put("msgid", msgid);
        paging(body, cursor, limit, 1000);
        String path = WeComPaths.GROUPMSG_TASK;
        return api.readPage(path, api.post(path, body), "task_list", GroupMsgTask.class);
    }

    Page<GroupMsgSendResult> getGroupMsgSendResult(String msgid, String userid, String cursor, int limit) {
        ObjectNode body = api.object().put("msgid", msgid).put("userid", userid);
        paging(body, cursor, limit, 1000);
        String path = WeComPaths.GROUPMSG_SEND_RESULT;
        return api.readPage(path, api.post(path, body), "send_list", GroupMsgSendResult.class);
    }

    /** Over-limit values fall back to WeCom's default on these APIs, so clamp rather than send them. */
    static void paging(ObjectNode body, String cursor, int limit, int max) {
        body.put("limit", Math.max(1, Math.min(max, limit)));
        if (cursor != null && !cursor.isEmpty()) {
            body.put("cursor", cursor);
        }
    }
}
