package com.siyu.workbench.content.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.Scope;
import com.siyu.workbench.content.ScopeType;
import com.siyu.workbench.content.ScriptStep;
import com.siyu.workbench.content.lint.LocalizedText;
import com.siyu.workbench.core.Json;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON format export writes ({@code {"items":[…]}} or a bare array), streaming item by item; a string
 * longer than the record limit stops the parser at once ({@link StreamReadConstraints}).
 */
final class JsonContentReader {
    private final ObjectMapper json;

    JsonContentReader(int maxStringChars) {
        this.json = Json.newMapper();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(maxStringChars).build());
    }

    ParseResult read(BoundedUtf8Reader reader) throws ImportFileException {
        ParseResult result = new ParseResult();
        try (JsonParser parser = json.getFactory().createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME && !"items".equals(parser.currentName())) {
                    parser.nextToken();
                    parser.skipChildren();
                }
                first = parser.nextToken();
            }
            if (first != JsonToken.START_ARRAY) {
                throw new ImportFileException(LocalizedText.of("content.import.jsonShape"));
            }
            int row = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = json.readTree(parser);
                reader.recordDone();
                item(result, new RowRef(++row, line), node);
            }
        } catch (StreamConstraintsException e) {
            throw new ImportFileException(LocalizedText.of("content.import.recordTooLarge",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(), 1));
        } catch (BoundedUtf8Reader.Refused e) {
            throw new ImportFileException(e.text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportFileException(LocalizedText.of("content.import.badJson", line, e.getOriginalMessage()));
        } catch (IOException e) {
            if (e.getCause() instanceof BoundedUtf8Reader.Refused refused) {
                throw new ImportFileException(refused.text);
            }
            throw new ImportFileException(LocalizedText.of("content.import.badJson", 0, e.getMessage()));
        }
        return result;
    }

    private static void item(ParseResult result, RowRef ref, JsonNode n) {
        result.touch(ref);
        ContentType type = Cells.type(text(n, "type")).orElse(null);
        if (type == null) {
            result.add(ref, Cells.problem("type", "content.import.badType", text(n, "type")));
            return;
        }
        try {
            ContentBody body;
            if (type == ContentType.SCRIPT) {
                List<ScriptStep> steps = new ArrayList<>();
                for (JsonNode s : n.path("steps")) {
                    Integer day = Cells.day(s.path("dayOffset").asText(""));
                    if (day == null) {
                        result.add(ref, Cells.problem("day_offset", "content.import.badDay", s.path("dayOffset")));
                    }
                    steps.add(new ScriptStep(day == null ? 0 : day, Cells.time(text(s, "windowStart")),
                            Cells.time(text(s, "windowEnd")), text(s, "text"),
                            com.siyu.workbench.content.Attachments.fromJson(s.get("attachments"))));
                }
                List<String> audience = new ArrayList<>();
                n.path("audience").forEach(a -> audience.add(a.asText()));
                body = ContentBody.script(text(n, "name"), text(n, "scene"), audience, steps);
            } else {
                ScopeType scopeType = Cells.scopeType(text(n.path("scope"), "type")).orElse(null);
                if (scopeType == null) {
                    result.add(ref, Cells.problem("scope_type", "content.import.badScope", text(n.path("scope"), "type")));
                    return;
                }
                body = new ContentBody(type, text(n, "name"), null, List.of(),
                        Scope.of(scopeType, text(n.path("scope"), "value")), text(n, "text"),
                        com.siyu.workbench.content.Attachments.fromJson(n.get("attachments")), text(n, "targetChatId"),
                        text(n, "joinQrCode"), text(n, "groupWelcomeText"), List.of());
            }
            result.items.add(new ParsedItem(blankToNull(text(n, "id")), body, ref, List.of()));
        } catch (DateTimeParseException e) {
            result.add(ref, Cells.problem("window_start", "content.import.badTime", e.getParsedString()));
        } catch (IllegalArgumentException e) {
            result.add(ref, Cells.problem("attachments", "content.import.badAttachments", e.getMessage()));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
