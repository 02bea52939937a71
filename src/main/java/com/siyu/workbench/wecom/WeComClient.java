package com.siyu.workbench.wecom;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.core.Json;
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
import okhttp3.OkHttpClient;

/**
 * The {@link WeComApi} implementation: a facade over small endpoint groups that share one transport
 * ({@link WeComHttp}), one token cache and one set of rate limits. Thread-safe; build one per app/credentials with
 * {@link #create} (or {@link WeComClientBuilder} in tests) and {@link #close()} it when done.
 */
public final class WeComClient implements WeComApi, AutoCloseable {
    private final OkHttpClient http;
    private final ApiCaller api;
    private final OrgApi org;
    private final ExternalContactApi contacts;
    private final TagApi tags;
    private final GroupMsgApi groupMsg;
    private final WelcomeTemplateApi welcome;
    private final GroupChatApi groupChats;
    private final ContactWayApi contactWays;
    private final StatsAndMessageApi statsAndMessages;

    WeComClient(OkHttpClient http, ApiCaller api, Long agentId) {
        this.http = http;
        this.api = api;
        this.org = new OrgApi(api);
        this.contacts = new ExternalContactApi(api);
        this.tags = new TagApi(api);
        this.groupMsg = new GroupMsgApi(api);
        this.welcome = new WelcomeTemplateApi(api);
        this.groupChats = new GroupChatApi(api);
        this.contactWays = new ContactWayApi(api);
        this.statsAndMessages = new StatsAndMessageApi(api, agentId);
    }

    /** A client with production timing (real clock, real waits) and the given token persistence. */
    public static WeComClient create(WeComConfig config, TokenStore tokenStore) {
        return new WeComClientBuilder(config).tokenStore(tokenStore).build();
    }

    /** The mapper used for WeCom JSON: unknown fields ignored, trailing garbage after the object rejected. */
    static ObjectMapper newMapper() {
        return Json.newMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public List<WeComUser> listUsers(long departmentId, boolean fetchChild) {
        return org.listUsers(departmentId, fetchChild);
    }

    @Override
    public List<WeComUser> listSimpleUsers(long departmentId, boolean fetchChild) {
        return org.listSimpleUsers(departmentId, fetchChild);
    }

    @Override
    public List<WeComDepartment> listDepartments(Long id) {
        return org.listDepartments(id);
    }

    @Override
    public List<String> getFollowUserList() {
        return contacts.getFollowUserList();
    }

    @Override
    public List<String> listExternalContacts(String userid) {
        return contacts.listExternalContacts(userid);
    }

    @Override
    public Page<ContactWithFollow> batchGetByUser(List<String> userids, String cursor, int limit) {
        return contacts.batchGetByUser(userids, cursor, limit);
    }

    @Override
    public ContactDetail getContact(String externalUserid, String cursor) {
        return contacts.getContact(externalUserid, cursor);
    }

    @Override
    public void remark(RemarkRequest request) {
        contacts.remark(request);
    }

    @Override
    public List<CorpTagGroup> getCorpTagList(List<String> tagIds, List<String> groupIds) {
        return tags.getCorpTagList(tagIds, groupIds);
    }

    @Override
    public CorpTagGroup addCorpTag(AddCorpTagRequest request) {
        return tags.addCorpTag(request);
    }

    @Override
    public void editCorpTag(EditCorpTagRequest request) {
        tags.editCorpTag(request);
    }

    @Override
    public void delCorpTag(List<String> tagIds, List<String> groupIds) {
        tags.delCorpTag(tagIds, groupIds);
    }

    @Override
    public void markTag(MarkTagRequest request) {
        tags.markTag(request);
    }

    @Override
    public MsgTemplateResult addMsgTemplate(MsgTemplateRequest request) {
        return groupMsg.addMsgTemplate(request);
    }

    @Override
    public Page<GroupMsg> getGroupMsgListV2(GroupMsgListQuery query, String cursor, int limit) {
        return groupMsg.getGroupMsgListV2(query, cursor, limit);
    }

    @Override
    public Page<GroupMsgTask> getGroupMsgTask(String msgid, String cursor, int limit) {
        return groupMsg.getGroupMsgTask(msgid, cursor, limit);
    }

    @Override
    public Page<GroupMsgSendResult> getGroupMsgSendResult(String msgid, String userid, String cursor, int limit) {
        return groupMsg.getGroupMsgSendResult(msgid, userid, cursor, limit);
    }

    @Override
    public String addGroupWelcomeTemplate(GroupWelcomeTemplate template) {
        return welcome.add(template);
    }

    @Override
    public void editGroupWelcomeTemplate(GroupWelcomeTemplate template) {
        welcome.edit(template);
    }

    @Override
    public GroupWelcomeTemplate getGroupWelcomeTemplate(String templateId) {
        return welcome.get(templateId);
    }

    @Override
    public void delGroupWelcomeTemplate(String templateId) {
        welcome.delete(templateId);
    }

    @Override
    public Page<GroupChatRef> listGroupChats(GroupChatListQuery query, String cursor, int limit) {
        return groupChats.listGroupChats(query, cursor, limit);
    }

    @Override
    public GroupChat getGroupChat(String chatId, boolean needName) {
        return groupChats.getGroupChat(chatId, needName);
    }

    @Override
    public String addJoinWay(JoinWay joinWay) {
        return groupChats.addJoinWay(joinWay);
    }

    @Override
    public JoinWay getJoinWay(String configId) {
        return groupChats.getJoinWay(configId);
    }

    @Override
    public ContactWayCreated addContactWay(ContactWay way) {
        return contactWays.add(way);
    }

    @Override
    public ContactWay getContactWay(String configId) {
        return contactWays.get(configId);
    }

    @Override
    public Page<String> listContactWays(Long startTime, Long endTime, String cursor, int limit) {
        return contactWays.list(startTime, endTime, cursor, limit);
    }

    @Override
    public List<BehaviorData> getUserBehaviorData(BehaviorQuery query) {
        return statsAndMessages.getUserBehaviorData(query);
    }

    @Override
    public AppMessageResult sendAppMessage(AppMessage message) {
        return statsAndMessages.send(message);
    }

    @Override
    public ObjectNode post(String path, JsonNode body) {
        return api.post(WeComPaths.normalize(path), body);
    }

    /** Releases pooled connections; calls in progress finish. */
    @Override
    public void close() {
        http.connectionPool().evictAll();
        http.dispatcher().executorService().shutdown();
    }
}
