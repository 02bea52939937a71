package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.GroupChat;
import com.siyu.workbench.sandbox.model.GroupChatMember;
import com.siyu.workbench.sandbox.model.WeComError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** groupchat/list and groupchat/get (join ways: {@link JoinWayEndpoints}). */
public final class GroupChatEndpoints {
    private final ApiContext context;

    public GroupChatEndpoints(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.post("externalcontact/groupchat/list", this::list),
                Endpoint.post("externalcontact/groupchat/get", this::get));
    }

    private ApiResponse list(ApiRequest request) {
        ObjectNode body = request.body();
        long limit = Params.requireNumber(body, "limit");
        if (limit < 1 || limit > 1000) {
            throw WeComError.invalidParameter("limit");
        }
        long statusFilter = Params.number(body, "status_filter", 0);
        JsonNode ownerFilter = body.path("owner_filter");
        List<String> owners = ownerFilter.isObject()
                ? Params.strings((ObjectNode) ownerFilter, "userid_list") : List.of();
        if (owners.size() > 100) {
            throw WeComError.invalidParameter("owner_filter.userid_list exceeds 100");
        }
        List<GroupChat> chats = context.model().groupChats().chats().stream()
                .filter(c -> owners.isEmpty() || owners.contains(c.owner()))
                .filter(c -> statusFilter == 0 || c.status() == statusFilter).toList();
        int from = (int) Math.min(chats.size(), Cursors.decode('C', Params.text(body, "cursor")).first());
        int to = (int) Math.min(chats.size(), from + limit);
        ObjectNode response = context.ok();
        ArrayNode array = response.putArray("group_chat_list");
        chats.subList(from, to).forEach(c -> array.addObject().put("chat_id", c.chatId()).put("status", c.status()));
        response.put("next_cursor", to < chats.size() ? Cursors.encode('C', to, 0) : "");
        return ApiResponse.of(response);
    }

    private ApiResponse get(ApiRequest request) {
        String chatId = Params.requireText(request.body(), "chat_id");
        boolean needName = Params.number(request.body(), "need_name", 0) == 1;
        GroupChat chat = context.model().groupChats().chat(chatId)
                .orElseThrow(() -> new WeComError(90501, "chat is not external group chat"));
        ObjectNode group = context.object();
        group.put("chat_id", chat.chatId());
        group.put("name", chat.name());
        group.put("owner", chat.owner());
        group.put("create_time", chat.createTime());
        group.put("notice", chat.notice());
        ArrayNode members = group.putArray("member_list");
        StringBuilder version = new StringBuilder();
        for (GroupChatMember member : chat.members()) {
            ObjectNode node = members.addObject();
            node.put("userid", member.userid());
            node.put("type", member.type());
            if (member.unionid() != null) {
                node.put("unionid", member.unionid());
            }
            node.put("join_time", member.joinTime());
            node.put("join_scene", member.joinScene());
            if (member.invitor() != null) {
                node.putObject("invitor").put("userid", member.invitor());
            }
            node.put("group_nickname", member.groupNickname());
            if (needName) {
                node.put("name", member.name());
            }
            version.append(member.userid()).append(',');
        }
        ArrayNode admins = group.putArray("admin_list");
        chat.admins().forEach(a -> admins.addObject().put("userid", a));
        group.put("member_version", md5(version.toString()));
        ObjectNode response = context.ok();
        response.set("group_chat", group);
        return ApiResponse.of(response);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
