package com.siyu.workbench.wecom;

import java.util.Set;

/** The API paths the client calls, and which writes must never be sent twice blindly. */
final class WeComPaths {
    static final String PREFIX = "/cgi-bin/";
    static final String GETTOKEN = PREFIX + "gettoken";
    static final String USER_LIST = PREFIX + "user/list";
    static final String USER_SIMPLELIST = PREFIX + "user/simplelist";
    static final String DEPARTMENT_LIST = PREFIX + "department/list";
    static final String EC = PREFIX + "externalcontact/";
    static final String FOLLOW_USER_LIST = EC + "get_follow_user_list";
    static final String CONTACT_LIST = EC + "list";
    static final String BATCH_GET_BY_USER = EC + "batch/get_by_user";
    static final String CONTACT_GET = EC + "get";
    static final String REMARK = EC + "remark";
    static final String GET_CORP_TAG_LIST = EC + "get_corp_tag_list";
    static final String ADD_CORP_TAG = EC + "add_corp_tag";
    static final String EDIT_CORP_TAG = EC + "edit_corp_tag";
    static final String DEL_CORP_TAG = EC + "del_corp_tag";
    static final String MARK_TAG = EC + "mark_tag";
    static final String ADD_MSG_TEMPLATE = EC + "add_msg_template";
    static final String GROUPMSG_LIST_V2 = EC + "get_groupmsg_list_v2";
    static final String GROUPMSG_TASK = EC + "get_groupmsg_task";
    static final String GROUPMSG_SEND_RESULT = EC + "get_groupmsg_send_result";
    static final String WELCOME_ADD = EC + "group_welcome_template/add";
    static final String WELCOME_EDIT = EC + "group_welcome_template/edit";
    static final String WELCOME_GET = EC + "group_welcome_template/get";
    static final String WELCOME_DEL = EC + "group_welcome_template/del";
    static final String GROUPCHAT_LIST = EC + "groupchat/list";
    static final String GROUPCHAT_GET = EC + "groupchat/get";
    static final String ADD_JOIN_WAY = EC + "groupchat/add_join_way";
    static final String GET_JOIN_WAY = EC + "groupchat/get_join_way";
    static final String ADD_CONTACT_WAY = EC + "add_contact_way";
    static final String GET_CONTACT_WAY = EC + "get_contact_way";
    static final String LIST_CONTACT_WAY = EC + "list_contact_way";
    static final String USER_BEHAVIOR_DATA = EC + "get_user_behavior_data";
    static final String MESSAGE_SEND = PREFIX + "message/send";

    /** Creating writes: sent twice, they create two things (or message people twice). */
    private static final Set<String> NOT_IDEMPOTENT = Set.of(ADD_MSG_TEMPLATE, ADD_CORP_TAG, WELCOME_ADD, ADD_JOIN_WAY,
            ADD_CONTACT_WAY, MESSAGE_SEND, EC + "send_welcome_msg", EC + "transfer_customer",
            EC + "resigned/transfer_customer");

    private WeComPaths() {
    }

    static boolean idempotent(String path) {
        return !NOT_IDEMPOTENT.contains(path);
    }

    /** {@code "externalcontact/mark_tag"} or {@code "/cgi-bin/externalcontact/mark_tag"} → the latter; no query. */
    static String normalize(String path) {
        if (path == null || path.isBlank() || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("not a WeCom API path: " + path);
        }
        String trimmed = path.startsWith("/") ? path : PREFIX + path;
        if (!trimmed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a WeCom API path: " + path);
        }
        return trimmed;
    }
}
