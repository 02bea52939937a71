package com.siyu.workbench.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An entry's details JSON as a short line a lead can read: {@code 原因：客户在外地 · 推迟到：…}. */
final class LogDetails {
    private static final ObjectMapper JSON = Json.newMapper();

    private LogDetails() {
    }

    static String readable(String detailsJson, Function<String, String> keyLabel) {
        if (detailsJson == null || detailsJson.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(detailsJson);
            if (!node.isObject()) {
                return node.toString();
            }
            List<String> parts = new ArrayList<>();
            node.fields().forEachRemaining(f -> parts.add(keyLabel.apply(f.getKey())
                    + (f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString())));
            return String.join(" · ", parts);
        } catch (JsonProcessingException e) {
            // a tampered or foreign row: show it as stored rather than hide it
            return detailsJson;
        }
    }
}
