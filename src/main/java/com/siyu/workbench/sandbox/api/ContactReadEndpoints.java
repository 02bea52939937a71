package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.Contact;
import com.siyu.workbench.sandbox.model.ContactStore;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.FollowEntry;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.WeComError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** get_follow_user_list, list, batch/get_by_user and get: reading customers and their relations. */
public final class ContactReadEndpoints {
    static final int MAX_USERIDS = 100;
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;
    private static final int FOLLOWERS_PER_PAGE = 500;
    private static final byte[] PAGE_HEAD =
            "{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact_list\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA = {','};

    private final ApiContext context;
    private final ContactViews views;

    public ContactReadEndpoints(ApiContext context, ContactViews views) {
        this.context = context;
        this.views = views;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.get("externalcontact/get_follow_user_list", this::followUsers),
                Endpoint.get("externalcontact/list", this::list),
                Endpoint.post("externalcontact/batch/get_by_user", this::batch),
                Endpoint.get("externalcontact/get", this::get));
    }

    private ApiResponse followUsers(ApiRequest request) {
        ObjectNode body = context.ok();
        ArrayNode users = body.putArray("follow_user");
        context.model().org().followUsers().forEach(m -> users.add(m.userid()));
        return ApiResponse.of(body);
    }

    private ApiResponse list(ApiRequest request) {
        String userid = request.query("userid");
        if (userid == null || userid.isEmpty()) {
            throw WeComError.missing("userid");
        }
        requireMember(userid);
        List<String> ids = context.model().contacts().activeCustomerIds(userid);
        if (ids.isEmpty()) {
            throw WeComError.notExternalContact().withEmptyList("external_userid");
        }
        ObjectNode body = context.ok();
        ArrayNode array = body.putArray("external_userid");
        ids.forEach(array::add);
        return ApiResponse.of(body);
    }

    private ApiResponse batch(ApiRequest request) {
        List<String> userids = new ArrayList<>(new LinkedHashSet<>(Params.strings(request.body(), "userid_list")));
        if (userids.isEmpty()) {
            throw WeComError.missing("userid_list");
        }
        if (userids.size() > MAX_USERIDS) {
            throw WeComError.invalidParameter("userid_list exceeds " + MAX_USERIDS);
        }
        userids.forEach(this::requireMember);
        long limit = Params.number(request.body(), "limit", DEFAULT_LIMIT);
        int pageSize = limit <= 0 ? DEFAULT_LIMIT : (int) Math.min(limit, MAX_LIMIT);
        Cursors.Position from = Cursors.decode('B', Params.text(request.body(), "cursor"));
        if (from.first() > userids.size()) {
            throw WeComError.invalidParameter("cursor");
        }
        ContactStore.Page page = context.model().contacts().page(userids, (int) from.first(), from.second(),
                pageSize);
        String next = page.more() ? Cursors.encode('B', page.nextMemberIndex(), page.nextAfterSeq()) : "";
        return ApiResponse.chunks(pageChunks(page.items(), next));
    }

    /** The page as pieces: head, each cached item (comma-separated), tail with the cursor. */
    private List<byte[]> pageChunks(List<FollowEntry> items, String nextCursor) {
        List<byte[]> chunks = new ArrayList<>(items.size() * 2 + 2);
        chunks.add(PAGE_HEAD);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                chunks.add(COMMA);
            }
            chunks.add(items.get(i).json(views::batchItem));
        }
        chunks.add(("],\"next_cursor\":\"" + nextCursor + "\"}").getBytes(StandardCharsets.UTF_8));
        return chunks;
    }

    private ApiResponse get(ApiRequest request) {
        String externalUserid = request.query("external_userid");
        if (externalUserid == null || externalUserid.isEmpty()) {
            throw WeComError.missing("external_userid");
        }
        Contact contact = context.model().contacts().contact(externalUserid)
                .orElseThrow(() -> new WeComError(40096, "invalid external userid"));
        List<Follow> follows = context.model().contacts().activeFollowsOfContact(externalUserid);
        if (follows.isEmpty()) {
            throw WeComError.notExternalContact().withEmptyList("follow_user");
        }
        int start = (int) Cursors.decode('G', request.query("cursor")).first();
        int end = Math.min(follows.size(), start + FOLLOWERS_PER_PAGE);
        ObjectNode body = context.ok();
        body.set("external_contact", views.externalContact(contact));
        ArrayNode followUsers = body.putArray("follow_user");
        follows.subList(Math.min(start, end), end).forEach(f -> followUsers.add(views.followUser(f)));
        if (end < follows.size()) {
            body.put("next_cursor", Cursors.encode('G', end, 0));
        }
        return ApiResponse.of(body);
    }

    private Member requireMember(String userid) {
        return context.model().org().member(userid)
                .orElseThrow(() -> new WeComError(40003, "invalid userid " + userid));
    }
}
