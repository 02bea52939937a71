package com.siyu.workbench.content.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.content.Attachments;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.ScriptStep;
import com.siyu.workbench.core.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/** Writes {@code {"format":"siyu-content","version":1,"items":[…]}}, the shape {@link JsonContentReader} reads. */
final class JsonContentWriter {
    private static final ObjectMapper JSON = Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonContentWriter() {
    }

    static void write(List<ContentVersion> versions, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "siyu-content");
        root.put("version", 1);
        ArrayNode items = root.putArray("items");
        for (ContentVersion v : versions) {
            items.add(item(v));
        }
        JSON.writeValue(new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush(); // the caller owns the stream
            }
        }, root);
    }

    private static ObjectNode item(ContentVersion v) {
        ContentBody b = v.body();
        ObjectNode n = JSON.createObjectNode();
        n.put("id", v.contentId());
        n.put("type", b.type().code());
        n.put("name", b.name());
        if (b.type() == ContentType.SCRIPT) {
            n.put("scene", b.scene());
            ArrayNode audience = n.putArray("audience");
            b.audience().forEach(audience::add);
            ArrayNode steps = n.putArray("steps");
            for (ScriptStep s : b.steps()) {
                ObjectNode step = steps.addObject();
                step.put("dayOffset", s.dayOffset());
                step.put("windowStart", hhmm(s.windowStart()));
                step.put("windowEnd", hhmm(s.windowEnd()));
                step.put("text", s.text());
                step.set("attachments", Attachments.toJsonArray(s.attachments()));
            }
            return n;
        }
        ObjectNode scope = n.putObject("scope");
        scope.put("type", b.scope().type().name().toLowerCase(Locale.ROOT));
        scope.put("value", b.scope().value());
        n.put("text", b.text());
        n.set("attachments", Attachments.toJsonArray(b.attachments()));
        if (b.type() == ContentType.INVITE) {
            n.put("targetChatId", b.targetChatId());
            n.put("joinQrCode", b.joinQrCode());
            n.put("groupWelcomeText", b.groupWelcomeText());
        }
        return n;
    }

    private static String hhmm(LocalTime t) {
        return t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
