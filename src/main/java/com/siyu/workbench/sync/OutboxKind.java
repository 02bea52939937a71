package com.siyu.workbench.sync;

/**
 * What an outbox item asks WeCom to do. The item's payload is the WeCom request body of that endpoint, verbatim
 * (field names as in WeCom's documentation), so enqueuers need no knowledge of the pusher and the pusher needs
 * none of the feature that enqueued. Keys are the kind names stored in {@code outbox.kind}.
 */
public enum OutboxKind {
    /** {@code externalcontact/mark_tag}: {userid, external_userid, add_tag[], remove_tag[]}. */
    MARK_TAG("/cgi-bin/externalcontact/mark_tag"),
    /** {@code externalcontact/remark}: {userid, external_userid, remark?, description?, remark_mobiles?}. */
    REMARK("/cgi-bin/externalcontact/remark"),
    /**
     * {@code externalcontact/add_msg_template}: {chat_type:"single", external_userid[1], sender, text{content},
     * attachments[]}. Never sent twice: the pusher reconciles with get_groupmsg_list_v2 after a crash.
     */
    MSG_TEMPLATE("/cgi-bin/externalcontact/add_msg_template"),
    /** {@code externalcontact/group_welcome_template/add}. */
    GROUP_WELCOME_ADD("/cgi-bin/externalcontact/group_welcome_template/add"),
    /** {@code externalcontact/group_welcome_template/edit}: includes template_id. */
    GROUP_WELCOME_EDIT("/cgi-bin/externalcontact/group_welcome_template/edit"),
    /** {@code externalcontact/group_welcome_template/del}: {template_id}. */
    GROUP_WELCOME_DEL("/cgi-bin/externalcontact/group_welcome_template/del"),
    /** {@code externalcontact/groupchat/add_join_way}. */
    JOIN_WAY_ADD("/cgi-bin/externalcontact/groupchat/add_join_way"),
    /** {@code externalcontact/groupchat/update_join_way}: a full overwrite, add's fields plus config_id. */
    JOIN_WAY_UPDATE("/cgi-bin/externalcontact/groupchat/update_join_way"),
    /** {@code externalcontact/groupchat/del_join_way}: {config_id}. */
    JOIN_WAY_DEL("/cgi-bin/externalcontact/groupchat/del_join_way");

    private final String path;

    OutboxKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
