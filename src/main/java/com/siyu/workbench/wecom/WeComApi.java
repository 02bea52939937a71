package com.siyu.workbench.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.wecom.dto.AddCorpTagRequest;
import com.siyu.workbench.wecom.dto.AppMessage;
import com.siyu.workbench.wecom.dto.AppMessageResult;
import com.siyu.workbench.wecom.dto.BehaviorData;
import com.siyu.workbench.wecom.dto.BehaviorQuery;
import com.siyu.workbench.wecom.dto.ContactDetail;
import com.siyu.workbench.wecom.dto.ContactWay;
import com.siyu.workbench.wecom.dto.ContactWayCreated;
import com.siyu.workbench.wecom.dto.ContactWithFollow;
import com.siyu.workbench.wecom.dto.CorpTagGroup;
import com.siyu.workbench.wecom.dto.EditCorpTagRequest;
import com.siyu.workbench.wecom.dto.GroupChat;
import com.siyu.workbench.wecom.dto.GroupChatListQuery;
import com.siyu.workbench.wecom.dto.GroupChatRef;
import com.siyu.workbench.wecom.dto.GroupMsg;
import com.siyu.workbench.wecom.dto.GroupMsgListQuery;
import com.siyu.workbench.wecom.dto.GroupMsgSendResult;
import com.siyu.workbench.wecom.dto.GroupMsgTask;
import com.siyu.workbench.wecom.dto.GroupWelcomeTemplate;
import com.siyu.workbench.wecom.dto.JoinWay;
import com.siyu.workbench.wecom.dto.MarkTagRequest;
import com.siyu.workbench.wecom.dto.MsgTemplateRequest;
import com.siyu.workbench.wecom.dto.MsgTemplateResult;
import com.siyu.workbench.wecom.dto.Page;
import com.siyu.workbench.wecom.dto.RemarkRequest;
import com.siyu.workbench.wecom.dto.WeComDepartment;
import com.siyu.workbench.wecom.dto.WeComUser;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything the workbench asks of WeCom's server API. Every method handles the access token, retries, back-off and
 * rate limits itself; failures are {@link WeComException}s (network trouble is {@link WeComUnavailableException}).
 * Paged endpoints return one {@link Page} per call; the {@code stream…} methods walk the pages lazily.
 */
public interface WeComApi {
    int MAX_USERIDS_PER_BATCH = 100;
    int MAX_BATCH_LIMIT = 100;

    // ---- org structure -----------------------------------------------------------------------------------------

    /** {@code GET user/list}: members of a department (with sub-departments when {@code fetchChild}). */
    List<WeComUser> listUsers(long departmentId, boolean fetchChild);

    /** {@code GET user/simplelist}: userid, name, departments only. */
    List<WeComUser> listSimpleUsers(long departmentId, boolean fetchChild);

    /** {@code GET department/list}: the subtree under {@code id}, or the whole visible tree when null. */
    List<WeComDepartment> listDepartments(Long id);

    // ---- customers ---------------------------------------------------------------------------------------------

    /** {@code GET externalcontact/get_follow_user_list}: members with 客户联系 enabled. */
    List<String> getFollowUserList();

    /** {@code GET externalcontact/list}: a member's customer ids; a member with none (84061) gives an empty list. */
    List<String> listExternalContacts(String userid);

    /**
     * {@code POST externalcontact/batch/get_by_user}: one page of (customer, follower) pairs of ≤100 members.
     * {@code cursor} "" for the first page; {@code limit} 1–100.
     */
    Page<ContactWithFollow> batchGetByUser(List<String> userids, String cursor, int limit);

    /** All pairs of the given members (any number: chunked by 100), fetched page by page as the stream is read. */
    default Stream<ContactWithFollow> streamContactsByUser(List<String> userids) {
        return Paging.chunks(userids, MAX_USERIDS_PER_BATCH).stream()
                .flatMap(chunk -> Paging.stream(cursor -> batchGetByUser(chunk, cursor, MAX_BATCH_LIMIT)));
    }

    /**
     * {@code GET externalcontact/get}: a customer and (a page of, beyond 500) its followers. {@code cursor} may be
     * null. Throws {@link WeComRelationNotFoundException} (84061) when no member has the customer any more.
     */
    ContactDetail getContact(String externalUserid, String cursor);

    /** {@code POST externalcontact/remark}. */
    void remark(RemarkRequest request);

    // ---- corp tags ---------------------------------------------------------------------------------------------

    /** {@code POST get_corp_tag_list}: all groups when both lists are empty or null; by group when groups given. */
    List<CorpTagGroup> getCorpTagList(List<String> tagIds, List<String> groupIds);

    /** {@code POST add_corp_tag}: the group as created (with new tag ids). */
    CorpTagGroup addCorpTag(AddCorpTagRequest request);

    /** {@code POST edit_corp_tag}. */
    void editCorpTag(EditCorpTagRequest request);

    /** {@code POST del_corp_tag}: not both empty. */
    void delCorpTag(List<String> tagIds, List<String> groupIds);

    /** {@code POST mark_tag}. */
    void markTag(MarkTagRequest request);

    // ---- mass send (企业群发) ---------------------------------------------------------------------------------

    /**
     * {@code POST add_msg_template}: creates a task the sender must confirm. Not retried on an ambiguous failure
     * ({@link WeComUnavailableException#outcomeUnknown()}): reconcile with {@link #getGroupMsgListV2} first.
     */
    MsgTemplateResult addMsgTemplate(MsgTemplateRequest request);

    /** {@code POST get_groupmsg_list_v2}: one page ({@code limit} ≤100). */
    Page<GroupMsg> getGroupMsgListV2(GroupMsgListQuery query, String cursor, int limit);

    /** {@code POST get_groupmsg_task}: per-member status of a mass message ({@code limit} ≤1000). */
    Page<GroupMsgTask> getGroupMsgTask(String msgid, String cursor, int limit);

    /** {@code POST get_groupmsg_send_result}: per-customer result for one sender ({@code limit} ≤1000). */
    Page<GroupMsgSendResult> getGroupMsgSendResult(String msgid, String userid, String cursor, int limit);

    // ---- group welcome templates -------------------------------------------------------------------------------

    /** {@code POST group_welcome_template/add}: the new template_id. Not retried on an ambiguous failure. */
    String addGroupWelcomeTemplate(GroupWelcomeTemplate template);

    /** {@code POST group_welcome_template/edit}: {@code template.templateId()} is required. */
    void editGroupWelcomeTemplate(GroupWelcomeTemplate template);

    /** {@code POST group_welcome_template/get}. */
    GroupWelcomeTemplate getGroupWelcomeTemplate(String templateId);

    /** {@code POST group_welcome_template/del}. */
    void delGroupWelcomeTemplate(String templateId);

    // ---- customer groups ---------------------------------------------------------------------------------------

    /** {@code POST groupchat/list}: one page ({@code limit} 1–1000). */
    Page<GroupChatRef> listGroupChats(GroupChatListQuery query, String cursor, int limit);

    /** {@code POST groupchat/get}: members' names only with {@code needName}. */
    GroupChat getGroupChat(String chatId, boolean needName);

    /** {@code POST groupchat/add_join_way}: the new config_id. Not retried on an ambiguous failure. */
    String addJoinWay(JoinWay joinWay);

    /** {@code POST groupchat/get_join_way}. */
    JoinWay getJoinWay(String configId);

    // ---- 「联系我」 channels ------------------------------------------------------------------------------------

    /** {@code POST add_contact_way}. Not retried on an ambiguous failure. */
    ContactWayCreated addContactWay(ContactWay way);

    /** {@code POST get_contact_way}. */
    ContactWay getContactWay(String configId);

    /** {@code POST list_contact_way}: one page of config_ids ({@code limit} ≤1000; times may be null). */
    Page<String> listContactWays(Long startTime, Long endTime, String cursor, int limit);

    // ---- statistics and app messages ---------------------------------------------------------------------------

    /** {@code POST get_user_behavior_data}: one item per day. */
    List<BehaviorData> getUserBehaviorData(BehaviorQuery query);

    /** {@code POST message/send}: agentid from the configuration when the message has none. Not retried ambiguously. */
    AppMessageResult sendAppMessage(AppMessage message);

    // ---- generic -----------------------------------------------------------------------------------------------

    /**
     * POSTs a stored WeCom request body verbatim to {@code path} (e.g. {@code sync.OutboxKind.path()}) with the same
     * token, retry and rate-limit handling, and returns the whole parsed answer (errcode 0). Writes that create
     * something (add_* / message/send) are not retried on an ambiguous failure.
     */
    ObjectNode post(String path, JsonNode body);
}
