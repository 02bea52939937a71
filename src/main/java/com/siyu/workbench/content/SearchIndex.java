package com.siyu.workbench.content;

import com.siyu.workbench.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Keeps {@code content_search} (FTS5, trigram) in step with each version's text, inside the writer's transaction. */
final class SearchIndex {
    private SearchIndex() {
    }

    static void reindex(Connection c, String id, int version, ContentBody body) throws SQLException {
        Sql.update(c, "DELETE FROM content_search WHERE content_id = ? AND version = ?", id, version);
        Sql.update(c, "INSERT INTO content_search (content_id, version, name, body) VALUES (?, ?, ?, ?)", id, version,
                body.name(), searchableText(body));
    }

    /** Everything a person might search for: scene, audience, scope, texts and attachment titles. */
    static String searchableText(ContentBody body) {
        List<String> parts = new ArrayList<>();
        add(parts, body.scene());
        parts.addAll(body.audience());
        if (body.scope() != null) {
            add(parts, body.scope().value());
        }
        add(parts, body.text());
        add(parts, body.groupWelcomeText());
        body.attachments().forEach(a -> add(parts, attachmentText(a)));
        for (ScriptStep step : body.steps()) {
            add(parts, step.text());
            step.attachments().forEach(a -> add(parts, attachmentText(a)));
        }
        return String.join("\n", parts);
    }

    private static String attachmentText(Attachment a) {
        if (a instanceof Attachment.Link link) {
            return link.title() + " " + (link.desc() == null ? "" : link.desc());
        }
        return a instanceof Attachment.MiniProgram mp ? mp.title() : null;
    }

    private static void add(List<String> parts, String s) {
        if (s != null && !s.isBlank()) {
            parts.add(s);
        }
    }
}
