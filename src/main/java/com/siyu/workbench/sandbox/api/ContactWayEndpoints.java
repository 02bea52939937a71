package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.ContactWay;
import com.siyu.workbench.sandbox.model.WeComError;
import java.util.List;

/** 「联系我」: add_contact_way, get_contact_way (nested {@code contact_way}) and list_contact_way (non-temp ways). */
public final class ContactWayEndpoints {
    private static final int MAX_WAYS = 500_000;

    private final ApiContext context;

    public ContactWayEndpoints(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.postWrite("externalcontact/add_contact_way", this::add),
                Endpoint.post("externalcontact/get_contact_way", this::get),
                Endpoint.post("externalcontact/list_contact_way", this::list));
    }

    private ApiResponse add(ApiRequest request) {
        ObjectNode body = request.body();
        long type = Params.requireNumber(body, "type");
        long scene = Params.requireNumber(body, "scene");
        if ((type != 1 && type != 2) || (scene != 1 && scene != 2)) {
            throw WeComError.invalidParameter(type != 1 && type != 2 ? "type" : "scene");
        }
        String remark = Params.text(body, "remark");
        String state = Params.text(body, "state");
        Params.maxChars(remark, 30, "remark");
        Params.maxChars(state, 30, "state");
        List<String> users = Params.strings(body, "user");
        List<Integer> parties = Params.ints(body, "party");
        if (type == 1 && (users.size() != 1 || !parties.isEmpty())) {
            throw WeComError.invalidParameter("user: a single-member way needs exactly one user");
        }
        if (users.isEmpty() && parties.isEmpty()) {
            throw WeComError.missing("user or party");
        }
        users.forEach(u -> context.model().org().member(u).orElseThrow(() -> WeComError.invalidUserid(u)));
        int expanded = users.size() + context.model().org().membersIn(parties).size();
        if (expanded > 100) {
            throw new WeComError(41041, "contact way member count exceed limit");
        }
        boolean temp = Params.bool(body, "is_temp", false);
        JsonNode conclusions = body.get("conclusions");
        return context.model().lock().write(() -> {
            if (context.model().ways().wayCount() >= MAX_WAYS) {
                throw new WeComError(41045, "contact way count exceed limit");
            }
            ContactWay way = new ContactWay(context.ids().configId(), (int) type, (int) scene,
                    (int) Params.number(body, "style", 0), remark == null ? "" : remark,
                    Params.bool(body, "skip_verify", true), state == null ? "" : state,
                    scene == 2 ? context.ids().qrCode() : null, users, parties, temp,
                    temp ? (int) Params.number(body, "expires_in", 7 * 86_400) : 0,
                    temp ? (int) Params.number(body, "chat_expires_in", 86_400) : 0,
                    temp ? Params.text(body, "unionid") : null,
                    temp && conclusions != null && conclusions.isObject() ? conclusions.toString() : null,
                    context.now());
            context.model().ways().put(way);
            ObjectNode response = context.ok();
            response.put("config_id", way.configId());
            if (way.qrCode() != null) {
                response.put("qr_code", way.qrCode());
            }
            return ApiResponse.of(response);
        });
    }

    private ApiResponse get(ApiRequest request) {
        String configId = Params.requireText(request.body(), "config_id");
        ContactWay way = context.model().ways().contactWay(configId)
                .orElseThrow(() -> WeComError.invalidParameter("config_id"));
        ObjectNode node = context.object();
        node.put("config_id", way.configId());
        node.put("type", way.type());
        node.put("scene", way.scene());
        node.put("style", way.style());
        node.put("remark", way.remark());
        node.put("skip_verify", way.skipVerify());
        node.put("state", way.state());
        if (way.qrCode() != null) {
            node.put("qr_code", way.qrCode());
        }
        ArrayNode users = node.putArray("user");
        way.user().forEach(users::add);
        ArrayNode parties = node.putArray("party");
        way.party().forEach(parties::add);
        node.put("is_temp", way.isTemp());
        node.put("expires_in", way.expiresIn());
        node.put("chat_expires_in", way.chatExpiresIn());
        if (way.unionid() != null) {
            node.put("unionid", way.unionid());
        }
        if (way.conclusionsJson() != null) {
            try {
                node.set("conclusions", context.mapper().readTree(way.conclusionsJson()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("stored conclusions are not JSON", e);
            }
        }
        ObjectNode response = context.ok();
        response.set("contact_way", node);
        return ApiResponse.of(response);
    }

    private ApiResponse list(ApiRequest request) {
        ObjectNode body = request.body();
        long now = context.now();
        long start = Params.number(body, "start_time", now - 90 * 86_400L);
        long end = Params.number(body, "end_time", now);
        long limit = Params.number(body, "limit", 100);
        int size = limit <= 0 ? 100 : (int) Math.min(limit, 1000);
        List<ContactWay> ways = context.model().ways().contactWays().stream()
                .filter(w -> !w.isTemp() && w.createTime() >= start && w.createTime() <= end).toList();
        int from = (int) Math.min(ways.size(), Cursors.decode('W', Params.text(body, "cursor")).first());
        int to = Math.min(ways.size(), from + size);
        ObjectNode response = context.ok();
        ArrayNode array = response.putArray("contact_way");
        ways.subList(from, to).forEach(w -> array.addObject().put("config_id", w.configId()));
        response.put("next_cursor", to < ways.size() ? Cursors.encode('W', to, 0) : "");
        return ApiResponse.of(response);
    }
}
