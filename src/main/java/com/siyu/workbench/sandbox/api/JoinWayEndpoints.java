package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.JoinWay;
import com.siyu.workbench.sandbox.model.WeComError;
import java.util.List;

/**
 * 「加入群聊」 join ways: groupchat/add_join_way, get_join_way, update_join_way (a full overwrite: the same fields as
 * add plus config_id; what the request leaves out takes add's default, not the old value) and del_join_way.
 */
public final class JoinWayEndpoints {
    private final ApiContext context;

    public JoinWayEndpoints(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.postWrite("externalcontact/groupchat/add_join_way", this::add),
                Endpoint.post("externalcontact/groupchat/get_join_way", this::get),
                Endpoint.postWrite("externalcontact/groupchat/update_join_way", this::update),
                Endpoint.postWrite("externalcontact/groupchat/del_join_way", this::delete));
    }

    /** The fields add and update share, validated as WeCom does. */
    private record Fields(int scene, String remark, int autoCreateRoom, String roomBaseName, int roomBaseId,
                          List<String> chatIds, String state) {
    }

    private Fields fields(ObjectNode body) {
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
        return new Fields((int) scene, remark, (int) Params.number(body, "auto_create_room", 1), roomBaseName,
                (int) Params.number(body, "room_base_id", 0), chatIds, state);
    }

    private ApiResponse add(ApiRequest request) {
        Fields f = fields(request.body());
        return context.model().lock().write(() -> {
            JoinWay way = new JoinWay(context.ids().configId(), f.scene(), f.remark(), f.autoCreateRoom(),
                    f.roomBaseName(), f.roomBaseId(), f.chatIds(), f.scene() == 2 ? context.ids().qrCode() : null,
                    f.state(), context.now());
            context.model().ways().put(way);
            ObjectNode response = context.ok();
            response.put("config_id", way.configId());
            return ApiResponse.of(response);
        });
    }

    private ApiResponse update(ApiRequest request) {
        JoinWay existing = existing(request.body());
        Fields f = fields(request.body());
        return context.model().lock().write(() -> {
            String qrCode = f.scene() != 2 ? null
                    : existing.qrCode() != null ? existing.qrCode() : context.ids().qrCode();
            context.model().ways().put(new JoinWay(existing.configId(), f.scene(), f.remark(), f.autoCreateRoom(),
                    f.roomBaseName(), f.roomBaseId(), f.chatIds(), qrCode, f.state(), existing.createTime()));
            return ApiResponse.of(context.ok());
        });
    }

    private ApiResponse delete(ApiRequest request) {
        JoinWay way = existing(request.body());
        context.model().ways().removeJoinWay(way.configId());
        return ApiResponse.of(context.ok());
    }

    private ApiResponse get(ApiRequest request) {
        JoinWay way = existing(request.body());
        ObjectNode node = context.object();
        node.put("config_id", way.configId());
        node.put("scene", way.scene());
        node.put("remark", way.remark() == null ? "" : way.remark());
        node.put("auto_create_room", way.autoCreateRoom());
        node.put("room_base_name", way.roomBaseName());
        node.put("room_base_id", way.roomBaseId());
        ArrayNode chats = node.putArray("chat_id_list");
        way.chatIdList().forEach(chats::add);
        if (way.qrCode() != null) {
            node.put("qr_code", way.qrCode());
        }
        node.put("state", way.state() == null ? "" : way.state());
        ObjectNode response = context.ok();
        response.set("join_way", node);
        return ApiResponse.of(response);
    }

    private JoinWay existing(ObjectNode body) {
        String configId = Params.requireText(body, "config_id");
        return context.model().ways().joinWay(configId).orElseThrow(() -> WeComError.invalidParameter("config_id"));
    }
}
