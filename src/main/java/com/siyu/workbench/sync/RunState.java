package com.siyu.workbench.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.core.Json;
import java.io.IOException;

/**
 * The run a remote is in the middle of, stored as the cursor of {@code <remote>.run} until it completes: the
 * request and its generation (the start time of the first attempt, which marks the steps done in this run). A run
 * killed, failed or cancelled is resumed by the next one with the same generation, so completed steps are skipped
 * and the interrupted step continues from its cursor.
 */
record RunState(SyncRequest request, long generation) {
    private static final ObjectMapper JSON = Json.newMapper();

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("mode", request.mode().name());
        node.put("refreshAll", request.refreshAll());
        node.put("member", request.memberUserid());
        node.put("generation", generation);
        return node.toString();
    }

    static RunState decode(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            String member = node.path("member").isTextual() ? node.get("member").asText() : null;
            return new RunState(new SyncRequest(SyncMode.valueOf(node.path("mode").asText()),
                    node.path("refreshAll").asBoolean(), member), node.path("generation").asLong());
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * Whether a new request may continue this unfinished run: same member (the scope), and not a full run asked
     * for on top of an incremental one (the full run must read everything, so it starts over).
     */
    boolean canBeContinuedBy(SyncRequest next) {
        boolean sameMember = java.util.Objects.equals(request.memberUserid(), next.memberUserid());
        boolean upgrade = next.mode() == SyncMode.FULL && request.mode() != SyncMode.FULL;
        return sameMember && !upgrade;
    }
}
