package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.MessageTask;
import com.siyu.workbench.sandbox.model.Recipient;
import com.siyu.workbench.sandbox.model.SenderStatus;
import com.siyu.workbench.sandbox.model.WeComError;
import java.util.List;
import java.util.function.Function;

/**
 * get_groupmsg_list_v2, get_groupmsg_task and get_groupmsg_send_result (add_msg_template is
 * {@link MessageTemplateEndpoint}). Over-limit {@code limit}s fall back to the default, as WeCom does for these.
 */
public final class MassSendEndpoints {
    private static final long MAX_WINDOW = 31 * 86_400L;

    private final ApiContext context;

    public MassSendEndpoints(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.post("externalcontact/get_groupmsg_list_v2", this::list),
                Endpoint.post("externalcontact/get_groupmsg_task", this::tasks),
                Endpoint.post("externalcontact/get_groupmsg_send_result", this::results));
    }

    private ApiResponse list(ApiRequest request) {
        ObjectNode body = request.body();
        String chatType = Params.requireText(body, "chat_type");
        long start = Params.requireNumber(body, "start_time");
        long end = Params.requireNumber(body, "end_time");
        if (end < start || end - start > MAX_WINDOW) {
            throw WeComError.invalidParameter("start_time/end_time span");
        }
        long filterType = Params.number(body, "filter_type", 2);
        String creator = Params.text(body, "creator");
        List<MessageTask> matching = context.model().messageTasks().tasks().stream()
                .filter(t -> t.chatType().equals(chatType) && t.createTime() >= start && t.createTime() <= end)
                .filter(t -> filterType == 2 || t.createType() == filterType)
                .filter(t -> creator == null || creator.isEmpty() || creator.equals(t.creator()))
                .toList();
        ObjectNode response = context.ok();
        ArrayNode array = context.array();
        String next = page(body, 'L', 50, 100, matching, task -> {
            ObjectNode item = array.addObject();
            item.put("msgid", task.msgid());
            if (task.createType() == 1 && task.creator() != null) {
                item.put("creator", task.creator());
            }
            item.put("create_time", String.valueOf(task.createTime()));
            item.put("create_type", task.createType());
            ObjectNode content = readContent(task);
            if (content.has("text")) {
                item.set("text", content.get("text"));
            }
            item.set("attachments", content.has("attachments") ? content.get("attachments") : context.array());
            return item;
        });
        response.put("next_cursor", next);
        response.set("group_msg_list", array);
        return ApiResponse.of(response);
    }

    private ApiResponse tasks(ApiRequest request) {
        MessageTask task = task(request.body());
        ObjectNode response = context.ok();
        ArrayNode array = context.array();
        String next = page(request.body(), 'T', 500, 1000, task.senders(), sender -> {
            ObjectNode item = array.addObject();
            item.put("userid", sender.userid());
            item.put("status", sender.status());
            if (sender.sendTime() != 0) {
                item.put("send_time", sender.sendTime());
            }
            return item;
        });
        response.put("next_cursor", next);
        response.set("task_list", array);
        return ApiResponse.of(response);
    }

    private ApiResponse results(ApiRequest request) {
        MessageTask task = task(request.body());
        String userid = Params.requireText(request.body(), "userid");
        List<Recipient> rows = task.senders().stream().filter(s -> s.userid().equals(userid))
                .map(SenderStatus::recipients).flatMap(List::stream)
                .filter(r -> r.externalUserid() != null || r.status() != Recipient.UNSENT).toList();
        ObjectNode response = context.ok();
        ArrayNode array = context.array();
        String next = page(request.body(), 'R', 500, 1000, rows, row -> {
            ObjectNode item = array.addObject();
            if (row.externalUserid() != null) {
                item.put("external_userid", row.externalUserid());
            } else {
                item.put("chat_id", row.chatId());
            }
            item.put("userid", row.userid());
            item.put("status", row.status());
            if (row.sendTime() != 0) {
                item.put("send_time", row.sendTime());
            }
            return item;
        });
        response.put("next_cursor", next);
        response.set("send_list", array);
        return ApiResponse.of(response);
    }

    private MessageTask task(ObjectNode body) {
        String msgid = Params.requireText(body, "msgid");
        return context.model().messageTasks().task(msgid)
                .orElseThrow(() -> WeComError.invalidParameter("msgid"));
    }

    /** Emits one page of {@code rows} through {@code emit}; returns the next cursor ("" on the last page). */
    private <T> String page(ObjectNode body, char kind, int defaultLimit, int maxLimit, List<T> rows,
                            Function<T, ObjectNode> emit) {
        long limit = Params.number(body, "limit", defaultLimit);
        int size = limit <= 0 || limit > maxLimit ? defaultLimit : (int) limit;
        int from = (int) Math.min(rows.size(), Cursors.decode(kind, Params.text(body, "cursor")).first());
        int to = Math.min(rows.size(), from + size);
        rows.subList(from, to).forEach(emit::apply);
        return to < rows.size() ? Cursors.encode(kind, to, 0) : "";
    }

    private ObjectNode readContent(MessageTask task) {
        try {
            return (ObjectNode) context.mapper().readTree(task.contentJson());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored task content is not JSON", e);
        }
    }
}
