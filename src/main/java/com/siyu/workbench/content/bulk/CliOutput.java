package com.siyu.workbench.content.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.content.lint.LintMessages;
import com.siyu.workbench.content.lint.LocalizedText;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;

/** The JSON lines the content subcommands print, with messages in Chinese. */
final class CliOutput {
    private static final ObjectMapper JSON = Json.newMapper();
    private final LintMessages texts = new LintMessages(Messages.load(Language.ZH_CN));

    /** {@code {"row":N,"line":L,"findings":[{"rule","severity","start","end","message","field","suggestion"}]}}. */
    String row(RowReport row) {
        ObjectNode node = JSON.createObjectNode();
        node.put("row", row.row());
        node.put("line", row.line());
        ArrayNode findings = node.putArray("findings");
        for (Finding f : row.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().code());
            o.put("start", f.start());
            o.put("end", f.end());
            o.put("message", texts.message(f));
            o.put("field", f.field());
            o.put("suggestion", texts.suggestion(f));
        }
        return write(node);
    }

    String text(LocalizedText text) {
        return texts.text(text);
    }

    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
