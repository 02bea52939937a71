package com.siyu.workbench.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.OutboxKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads which local edits of a customer's follows have not reached WeCom yet, from the outbox itself (the single
 * source of truth for "待同步"): MARK_TAG and REMARK items not yet sent, folded in enqueue order per follow.
 */
final class PendingEditsReader {
    private static final ObjectMapper JSON = Json.newMapper();

    Map<String, PendingEdits> read(Connection c, String externalUserid) throws SQLException {
        Map<String, Fold> byUserid = new HashMap<>();
        Sql.query(c, "SELECT kind, payload_json, status FROM outbox WHERE ordering_key = ? AND kind IN (?, ?)"
                + " AND status IN ('PENDING', 'IN_FLIGHT', 'PARKED') ORDER BY id", rs -> {
                    JsonNode payload = parse(rs.getString(2));
                    Fold fold = byUserid.computeIfAbsent(payload.path("userid").asText(), k -> new Fold());
                    fold.failed |= "PARKED".equals(rs.getString(3));
                    if (OutboxKind.REMARK.name().equals(rs.getString(1))) {
                        fold.remark = true;
                    } else {
                        payload.path("add_tag").forEach(t -> fold.tag(t.asText(), true));
                        payload.path("remove_tag").forEach(t -> fold.tag(t.asText(), false));
                    }
                    return null;
                }, externalUserid, OutboxKind.MARK_TAG.name(), OutboxKind.REMARK.name());
        Map<String, PendingEdits> result = new HashMap<>();
        byUserid.forEach((userid, f) -> result.put(userid, new PendingEdits(f.added, f.removed, f.remark, f.failed)));
        return result;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** The net effect of several pending items: the last add or remove of a tag wins. */
    private static final class Fold {
        final Set<String> added = new LinkedHashSet<>();
        final Set<String> removed = new LinkedHashSet<>();
        boolean remark;
        boolean failed;

        void tag(String tagId, boolean add) {
            (add ? added : removed).add(tagId);
            (add ? removed : added).remove(tagId);
        }
    }
}
