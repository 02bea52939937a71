package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.GroupChat;
import com.siyu.workbench.sandbox.model.GroupChatMember;
import com.siyu.workbench.sandbox.model.JoinWay;
import com.siyu.workbench.sandbox.model.WeComError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** groupchat/list, groupchat/get, groupchat/add_join_way and groupchat/get_join_way. */
public final class GroupChatEndpoints {
    private final ApiContext context;

    public GroupChatEndpoints(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.post("externalcontact/groupchat/list", this::list),
                Endpoint.post("externalcontact/groupchat/get", this::get),
                Endpoint.postWrite("externalcontact/groupchat/add_join_way", this::addJoinWay),
                Endpoint.post("externalcontact/groupchat/get_join_way", this::getJoinWay));
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

    private ApiResponse addJoinWay(ApiRequest request) {
        ObjectNode body = request.body();
        long scene = Params.requireNumber(body, "scene");
        if (scene != 1 && scene != 2) {
            throw WeComError.invalidParameter("scene");
        }
        List<String> chatIds = Params.strings(body, "chat_id_list");
        if (chatIds.isEmpty()) {
            throw WeComError.missing("chat_id_list");
        }
        if (chatIds.size() > 5) {
            throw new WeComError(41091, "chat_id_list exceeds 5");
        }
        for (String chatId : chatIds) {
            context.model().groupChats().chat(chatId)
                    .orElseThrow(() -> new WeComError(90501, "chat is not external group chat"));
        }
        String state = Params.text(body, "state");
        Params.maxChars(state, 30, "state");
        String roomBaseName = Params.text(body, "room_base_name");
        Params.maxChars(roomBaseName, 40, "room_base_name");
        String remark = Params.text(body, "remark");
        if (remark != null && remark.codePointCount(0, remark.length()) > 30) {
            remark = remark.substring(0, remark.offsetByCodePoints(0, 30));
        }
        String finalRemark = remark;
        return context.model().lock().write(() -> {
            JoinWay way = new JoinWay(context.ids().configId(), (int) scene, finalRemark,
                    (int) Params.number(body, "auto_create_room", 1), roomBaseName,
                    (int) Params.number(body, "room_base_id", 0), chatIds,
                    scene == 2 ? context.ids().qrCode() : null, state, context.now());
            context.model().ways().put(way);
            ObjectNode response = context.ok();
            response.put("config_id", way.configId());
            return ApiResponse.of(response);
        });
    }

    private ApiResponse getJoinWay(ApiRequest request) {
        String configId = Params.requireText(request.body(), "config_id");
        JoinWay way = context.model().ways().joinWay(configId)
                .orElseThrow(() -> WeComError.invalidParameter("config_id"));
        ObjectNode node = context.object();
        node.put("config_id", way.configId());
        node.put("scene", way.scene());
        node.put("remark", way.remark());
        node.put("auto_create_room", way.autoCreateRoom());
        node.put("room_base_name", way.roomBaseName());
        node.put("room_base_id", way.roomBaseId());
        ArrayNode chats = node.putArray("chat_id_list");
        way.chatIdList().forEach(chats::add);
        if (way.qrCode() != null) {
            node.put("qr_code", way.qrCode());
        }
        node.put("state", way.state());
        ObjectNode response = context.ok();
        response.set("join_way", node);
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
