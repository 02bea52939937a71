package com.siyu.workbench.wecom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.wecom.dto.Page;
import java.util.List;
import java.util.Map;

/**
 * What the endpoint groups share: sending a GET or POST through {@link WeComHttp} with the token, and binding
 * fields of the answer to DTOs. An answer that does not bind is a {@link WeComErrorKind#BAD_RESPONSE}, never a
 * half-filled object.
 */
final class ApiCaller {
    private final WeComHttp http;
    private final TokenProvider tokens;
    private final ObjectMapper mapper;

    ApiCaller(WeComHttp http, TokenProvider tokens, ObjectMapper mapper) {
        this.http = http;
        this.tokens = tokens;
        this.mapper = mapper;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    ObjectNode get(String path, Map<String, String> query) {
        return http.execute(WeComCall.get(path, query), tokens);
    }

    /** POSTs {@code body} (a DTO or a JsonNode) as UTF-8 JSON; creating writes are never resent blindly. */
    ObjectNode post(String path, Object body) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body == null ? mapper.createObjectNode() : body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body cannot be written as JSON", e);
        }
        return http.execute(WeComCall.post(path, bytes, WeComPaths.idempotent(path)), tokens);
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    /** The field bound to {@code type}; null when absent. */
    <T> T read(String path, JsonNode answer, String field, Class<T> type) {
        JsonNode node = answer.get(field);
        return node == null || node.isNull() ? null : bind(path, node, mapper.constructType(type));
    }

    /** The array field bound to a list; empty when absent. */
    <T> List<T> readList(String path, JsonNode answer, String field, Class<T> type) {
        JsonNode node = answer.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
        List<T> items = bind(path, node, listType);
        return List.copyOf(items);
    }

    /** An array field plus {@code next_cursor}. */
    <T> Page<T> readPage(String path, JsonNode answer, String field, Class<T> type) {
        return new Page<>(readList(path, answer, field, type), answer.path("next_cursor").asText(""));
    }

    /** The whole answer bound to {@code type} (errcode/errmsg are ignored by the DTOs). */
    <T> T readAll(String path, JsonNode answer, Class<T> type) {
        return bind(path, answer, mapper.constructType(type));
    }

    private <T> T bind(String path, JsonNode node, JavaType type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new WeComUnavailableException(WeComErrorKind.BAD_RESPONSE, path, WeComException.NO_ERRCODE,
                    "answer does not match the documented shape: " + e.getClass().getSimpleName(), null);
        }
    }
}
