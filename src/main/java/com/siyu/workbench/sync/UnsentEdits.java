package com.siyu.workbench.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Sql;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Local tag and remark edits that have not reached WeCom yet (outbox MARK_TAG / REMARK items PENDING, IN_FLIGHT or
 * PARKED), read for the customers of one page. The outbox is the one record of "not sent yet", so a pull can apply
 * the conflict rules without any extra bookkeeping (docs/decisions/sync-conflict-rules.md).
 */
final class UnsentEdits {
    private static final ObjectMapper JSON = Json.newMapper();

    /** One tag operation of a pending mark_tag, in enqueue order. */
    record TagOp(String tagId, boolean add) {
    }

    /** The local edits of one (customer, member) relation. A null field was not edited locally. */
    static final class Edits {
        final List<TagOp> tagOps = new ArrayList<>();
        String remark;
        String description;
        String remarkCorpName;
        List<String> remarkMobiles;

        /** Remote tags with the unsent operations applied in order: a pending add stays, a pending remove holds. */
        Set<String> applyTo(Collection<String> remoteTags) {
            Set<String> tags = new LinkedHashSet<>(remoteTags);
            for (TagOp op : tagOps) {
                if (op.add()) {
                    tags.add(op.tagId());
                } else {
                    tags.remove(op.tagId());
                }
            }
            return tags;
        }
    }

    private final Map<String, Edits> byRelation;

    private UnsentEdits(Map<String, Edits> byRelation) {
        this.byRelation = byRelation;
    }

    static UnsentEdits none() {
        return new UnsentEdits(Map.of());
    }

    Optional<Edits> of(String externalUserid, String userid) {
        return Optional.ofNullable(byRelation.get(FollowRows.key(externalUserid, userid)));
    }

    /** Reads the unsent edits of the given customers (the ordering key of these kinds is the external_userid). */
    static UnsentEdits read(Connection c, Collection<String> externalUserids) throws SQLException {
        Map<String, Edits> edits = new HashMap<>();
        boolean any = Sql.queryLong(c, "SELECT EXISTS (SELECT 1 FROM outbox WHERE status IN ('PENDING', 'IN_FLIGHT',"
                + " 'PARKED') AND kind IN ('MARK_TAG', 'REMARK'))") == 1;
        if (!any) {
            return new UnsentEdits(edits); // the usual case: every run pushes before it pulls
        }
        for (List<String> chunk : FollowRows.chunks(externalUserids)) {
            Sql.query(c, "SELECT kind, payload_json FROM outbox WHERE kind IN ('MARK_TAG', 'REMARK')"
                    + " AND status IN ('PENDING', 'IN_FLIGHT', 'PARKED') AND ordering_key IN ("
                    + FollowRows.placeholders(chunk.size()) + ") ORDER BY id", rs -> {
                        fold(edits, rs.getString(1), rs.getString(2));
                        return null;
                    }, chunk.toArray());
        }
        return new UnsentEdits(edits);
    }

    private static void fold(Map<String, Edits> edits, String kind, String payloadJson) {
        JsonNode payload;
        try {
            payload = JSON.readTree(payloadJson);
        } catch (IOException unreadable) {
            return; // the pusher parks it; nothing to preserve locally
        }
        Edits e = edits.computeIfAbsent(FollowRows.key(payload.path("external_userid").asText(),
                payload.path("userid").asText()), k -> new Edits());
        if ("MARK_TAG".equals(kind)) {
            payload.path("add_tag").forEach(t -> e.tagOps.add(new TagOp(t.asText(), true)));
            payload.path("remove_tag").forEach(t -> e.tagOps.add(new TagOp(t.asText(), false)));
            return;
        }
        if (payload.hasNonNull("remark")) {
            e.remark = payload.get("remark").asText();
        }
        if (payload.hasNonNull("description")) {
            e.description = payload.get("description").asText();
        }
        if (payload.hasNonNull("remark_company")) {
            e.remarkCorpName = payload.get("remark_company").asText();
        }
        if (payload.has("remark_mobiles") && payload.get("remark_mobiles").isArray()) {
            List<String> mobiles = new ArrayList<>();
            payload.get("remark_mobiles").forEach(m -> {
                if (!m.asText().isEmpty()) {
                    mobiles.add(m.asText()); // [""] is WeCom's way of clearing them
                }
            });
            e.remarkMobiles = mobiles;
        }
    }
}
