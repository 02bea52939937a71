package com.siyu.workbench.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.core.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Attachments in WeCom's own JSON shape ({@code {"msgtype":"link","link":{"title":…}}}), which is both how they are
 * stored ({@code attachments_json}) and what the outbox sends, so nothing is translated twice.
 */
public final class Attachments {
    private static final ObjectMapper JSON = Json.newMapper();

    private Attachments() {
    }

    public static ArrayNode toJsonArray(List<Attachment> attachments) {
        ArrayNode array = JSON.createArrayNode();
        attachments.forEach(a -> array.add(toJson(a)));
        return array;
    }

    public static String toJsonText(List<Attachment> attachments) {
        return attachments == null || attachments.isEmpty() ? null : toJsonArray(attachments).toString();
    }

    /** One attachment as WeCom's {@code {msgtype, <msgtype>:{…}}} object. */
    public static ObjectNode toJson(Attachment attachment) {
        ObjectNode node = JSON.createObjectNode();
        node.put("msgtype", attachment.msgtype());
        node.set(attachment.msgtype(), body(attachment));
        return node;
    }

    /** Only the inner object ({@code {"title":…,"url":…}}), as group_welcome_template wants it. */
    public static ObjectNode body(Attachment attachment) {
        ObjectNode body = JSON.createObjectNode();
        if (attachment instanceof Attachment.Image i) {
            putIfPresent(body, "media_id", i.mediaId());
            putIfPresent(body, "pic_url", i.picUrl());
        } else if (attachment instanceof Attachment.Link l) {
            putIfPresent(body, "title", l.title());
            putIfPresent(body, "picurl", l.picurl());
            putIfPresent(body, "desc", l.desc());
            putIfPresent(body, "url", l.url());
        } else if (attachment instanceof Attachment.MiniProgram m) {
            putIfPresent(body, "title", m.title());
            putIfPresent(body, "pic_media_id", m.picMediaId());
            putIfPresent(body, "appid", m.appid());
            putIfPresent(body, "page", m.page());
        } else if (attachment instanceof Attachment.File f) {
            putIfPresent(body, "media_id", f.mediaId());
        } else if (attachment instanceof Attachment.Video v) {
            putIfPresent(body, "media_id", v.mediaId());
        }
        return body;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    public static List<Attachment> fromJsonText(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return fromJson(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("attachments: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses an array of WeCom attachment objects; an unknown {@code msgtype} is an error, never dropped. */
    public static List<Attachment> fromJson(JsonNode array) {
        List<Attachment> list = new ArrayList<>();
        if (array == null || array.isNull() || array.isMissingNode()) {
            return list;
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("attachments must be a JSON array");
        }
        for (JsonNode node : array) {
            list.add(fromJsonObject(node));
        }
        return list;
    }

    private static Attachment fromJsonObject(JsonNode node) {
        String type = node.path("msgtype").asText("");
        JsonNode b = node.path(type);
        return switch (type) {
            case "image" -> new Attachment.Image(text(b, "media_id"), text(b, "pic_url"));
            case "link" -> new Attachment.Link(text(b, "title"), text(b, "desc"), text(b, "picurl"), text(b, "url"));
            case "miniprogram" -> new Attachment.MiniProgram(text(b, "title"), text(b, "pic_media_id"),
                    text(b, "appid"), text(b, "page"));
            case "file" -> new Attachment.File(text(b, "media_id"));
            case "video" -> new Attachment.Video(text(b, "media_id"));
            default -> throw new IllegalArgumentException("unknown attachment msgtype '" + type + "'");
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
