package com.siyu.workbench.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.Optional;

/** Reads what WeCom answered to a pushed outbox item ({@code outbox.result_json}, written by the pusher). */
final class OutboxResults {
    private static final ObjectMapper JSON = Json.newMapper();

    private OutboxResults() {
    }

    static Optional<String> field(Database db, String idempotencyKey, String field) {
        Optional<String> result = db.read(c -> Sql.queryOne(c,
                "SELECT result_json FROM outbox WHERE idempotency_key = ? AND status = 'SENT'",
                rs -> rs.getString(1), idempotencyKey));
        return result.flatMap(json -> {
            try {
                JsonNode value = JSON.readTree(json).get(field);
                return value == null || value.isNull() || value.asText().isBlank()
                        ? Optional.empty() : Optional.of(value.asText());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return Optional.empty(); // a result we cannot read is as good as none: the push is retried
            }
        });
    }
}
