package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.WeComError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads request fields the way WeCom validates them: wrong types are 40058, missing required ones 40063. */
public final class Params {
    private Params() {
    }

    /** The string field, or null when absent or JSON null. */
    public static String text(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw WeComError.invalidParameter(field);
        }
        return node.asText();
    }

    public static String requireText(ObjectNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isEmpty()) {
            throw WeComError.missing(field);
        }
        return value;
    }

    public static List<String> strings(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw WeComError.invalidParameter(field);
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isValueNode()) {
                throw WeComError.invalidParameter(field);
            }
            values.add(item.asText());
        }
        return values;
    }

    public static List<Integer> ints(ObjectNode body, String field) {
        return strings(body, field).stream().map(s -> parseLong(field, s)).map(Long::intValue).toList();
    }

    /** An integer field (numbers or numeric strings), or {@code fallback} when absent. */
    public static long number(ObjectNode body, String field, long fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            return node.asText().isEmpty() ? fallback : parseLong(field, node.asText());
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? 1 : 0;
        }
        throw WeComError.invalidParameter(field);
    }

    public static long requireNumber(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw WeComError.missing(field);
        }
        return number(body, field, 0);
    }

    public static boolean bool(ObjectNode body, String field, boolean fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        return node.isBoolean() ? node.asBoolean() : number(body, field, 0) != 0;
    }

    /** Rejects a string longer than {@code max} characters (code points, as WeCom counts 字). */
    public static void maxChars(String value, int max, String field) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw WeComError.invalidParameter(field + " longer than " + max + " characters");
        }
    }

    public static void maxBytes(String value, int max, String field) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > max) {
            throw WeComError.invalidParameter(field + " longer than " + max + " bytes");
        }
    }

    private static long parseLong(String field, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw WeComError.invalidParameter(field);
        }
    }
}
