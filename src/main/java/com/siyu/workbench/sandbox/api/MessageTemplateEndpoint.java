package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.GroupChat;
import com.siyu.workbench.sandbox.model.MessageTask;
import com.siyu.workbench.sandbox.model.Recipient;
import com.siyu.workbench.sandbox.model.SenderStatus;
import com.siyu.workbench.sandbox.model.WeComError;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * add_msg_template: only creates a task. Each sender gets status 0 with their recipients until they confirm in
 * "WeCom" (admin {@code confirm-sends}); ids that are nobody's active customer come back in {@code fail_list}.
 * Without a sender a customer is assigned to the member who added them last (WeCom: "最后跟客户进行聊天互动的企业成员").
 */
public final class MessageTemplateEndpoint {
    private static final Set<String> ATTACHMENT_TYPES = Set.of("image", "link", "miniprogram", "video", "file");

    private final ApiContext context;

    public MessageTemplateEndpoint(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.postWrite("externalcontact/add_msg_template", this::add));
    }

    private ApiResponse add(ApiRequest request) {
        ObjectNode body = request.body();
        String chatType = Optional.ofNullable(Params.text(body, "chat_type")).filter(s -> !s.isEmpty())
                .orElse("single");
        if (!chatType.equals("single") && !chatType.equals("group")) {
            throw WeComError.invalidParameter("chat_type");
        }
        ObjectNode content = content(body);
        String sender = Params.text(body, "sender");
        return context.model().lock().write(() -> {
            if (sender != null && !sender.isEmpty()) {
                context.model().org().member(sender).orElseThrow(() -> WeComError.invalidUserid(sender));
            }
            List<String> failList = new ArrayList<>();
            Map<String, List<Recipient>> bySender = chatType.equals("single")
                    ? customers(body, sender, failList) : groups(body, sender);
            if (bySender.isEmpty()) {
                throw new WeComError(41048, "no valid external contact to send");
            }
            List<SenderStatus> senders = bySender.entrySet().stream()
                    .map(e -> new SenderStatus(e.getKey(), SenderStatus.UNSENT, 0, e.getValue())).toList();
            MessageTask task = new MessageTask(context.ids().msgid(), chatType, null, 0, context.now(),
                    json(content), failList, senders);
            context.model().messageTasks().add(task);
            ObjectNode response = context.ok();
            ArrayNode fails = response.putArray("fail_list");
            failList.forEach(fails::add);
            response.put("msgid", task.msgid());
            return ApiResponse.of(response);
        });
    }

    private ObjectNode content(ObjectNode body) {
        ObjectNode content = context.object();
        JsonNode text = body.get("text");
        String textContent = text == null ? null : text.path("content").asText(null);
        Params.maxBytes(textContent, 4000, "text.content");
        JsonNode attachments = body.get("attachments");
        int count = attachments == null || !attachments.isArray() ? 0 : attachments.size();
        if ((textContent == null || textContent.isEmpty()) && count == 0) {
            throw WeComError.missing("text or attachments");
        }
        if (count > 9) {
            throw new WeComError(41064, "attachments count exceed limit");
        }
        for (int i = 0; i < count; i++) {
            String type = attachments.get(i).path("msgtype").asText("");
            if (!ATTACHMENT_TYPES.contains(type) || !attachments.get(i).path(type).isObject()) {
                throw WeComError.invalidParameter("attachments[" + i + "].msgtype");
            }
        }
        if (textContent != null && !textContent.isEmpty()) {
            content.putObject("text").put("content", textContent);
        }
        content.set("attachments", count == 0 ? context.array() : attachments);
        return content;
    }

    private Map<String, List<Recipient>> customers(ObjectNode body, String sender, List<String> failList) {
        List<String> ids = Params.strings(body, "external_userid");
        if (ids.size() > 10_000) {
            throw WeComError.invalidParameter("external_userid exceeds 10000");
        }
        boolean hasSender = sender != null && !sender.isEmpty();
        if (ids.isEmpty() && !hasSender) {
            throw WeComError.missing("external_userid or sender");
        }
        Map<String, List<Recipient>> bySender = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            context.model().contacts().activeCustomerIds(sender)
                    .forEach(ext -> add(bySender, sender, ext));
            return bySender;
        }
        for (String ext : new LinkedHashSet<>(ids)) {
            Optional<Follow> follow = hasSender ? context.model().contacts().activeFollow(sender, ext)
                    : context.model().contacts().activeFollowsOfContact(ext).stream()
                    .max(Comparator.comparingLong(Follow::createtime));
            if (follow.isPresent()) {
                add(bySender, follow.get().userid(), ext);
            } else {
                failList.add(ext);
            }
        }
        return bySender;
    }

    private static void add(Map<String, List<Recipient>> bySender, String userid, String ext) {
        bySender.computeIfAbsent(userid, k -> new ArrayList<>())
                .add(new Recipient(ext, null, userid, Recipient.UNSENT, 0));
    }

    private Map<String, List<Recipient>> groups(ObjectNode body, String sender) {
        if (sender == null || sender.isEmpty()) {
            throw WeComError.missing("sender");
        }
        List<String> chatIds = Params.strings(body, "chat_id_list");
        if (chatIds.size() > 2000) {
            throw WeComError.invalidParameter("chat_id_list exceeds 2000");
        }
        List<Recipient> recipients = context.model().groupChats().ownedBy(sender).stream()
                .map(GroupChat::chatId).filter(id -> chatIds.isEmpty() || chatIds.contains(id))
                .map(id -> new Recipient(null, id, sender, Recipient.UNSENT, 0)).toList();
        return recipients.isEmpty() ? Map.of() : Map.of(sender, recipients);
    }

    private String json(ObjectNode node) {
        try {
            return context.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
