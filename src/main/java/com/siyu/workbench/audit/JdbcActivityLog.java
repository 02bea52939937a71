package com.siyu.workbench.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.TreeMap;

public final class JdbcActivityLog implements ActivityLog {
    private final Database db;
    private final Clock clock;
    private final ObjectMapper json = Json.newMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public JdbcActivityLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public ActivityEntry append(ActivityEvent event) {
        String details = detailsJson(event);
        return db.inTransaction(c -> {
            var last = Sql.queryOne(c, "SELECT seq, hash FROM activity_log ORDER BY seq DESC LIMIT 1",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)});
            long seq = last.map(row -> (Long) row[0] + 1).orElse(1L);
            String prev = last.map(row -> (String) row[1]).orElse(ChainHash.GENESIS);
            // Millisecond precision is what is stored; hash what is stored.
            Instant at = Instant.ofEpochMilli(clock.millis());
            ActivityEntry unsigned = new ActivityEntry(seq, at, event.memberUserid(), event.action(),
                    event.externalUserid(), event.taskId(), event.contentId(), event.contentVersion(), details, prev, null);
            String hash = ChainHash.of(unsigned);
            Sql.update(c, "INSERT INTO activity_log (seq, occurred_at, member_userid, action, external_userid, task_id,"
                            + " content_id, content_version, details_json, prev_hash, hash)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seq, at, event.memberUserid(), event.action(), event.externalUserid(), event.taskId(),
                    event.contentId(), event.contentVersion(), details, prev, hash);
            return new ActivityEntry(seq, at, event.memberUserid(), event.action(), event.externalUserid(),
                    event.taskId(), event.contentId(), event.contentVersion(), details, prev, hash);
        });
    }

    private String detailsJson(ActivityEvent event) {
        if (event.details().isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(new TreeMap<>(event.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Activity details are not serialisable: " + e.getOriginalMessage(), e);
        }
    }
}
