package com.siyu.workbench.sync;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.WeComErrorKind;
import com.siyu.workbench.wecom.WeComException;
import com.siyu.workbench.wecom.dto.JoinWay;
import java.time.Instant;
import java.util.List;

/**
 * The QR codes of join ways this desk created whose QR could not be read right after add_join_way (the pusher reads
 * it at once, but get_join_way may fail while add_join_way succeeded — and add_join_way is never sent twice). Each
 * run asks get_join_way again for those and stores the QR into the push's result, where the invite picks it up.
 * Costs nothing when every created join way has its QR.
 */
final class JoinWayQrStep implements PullStep {
    private static final String MISSING = "SELECT id, json_extract(result_json, '$.config_id') FROM outbox"
            + " WHERE kind = ? AND status = 'SENT' AND json_valid(result_json)"
            + " AND json_extract(result_json, '$.config_id') IS NOT NULL"
            + " AND json_extract(result_json, '$.qr_code') IS NULL ORDER BY id";

    private final WeComApi api;
    private final Database db;

    JoinWayQrStep(WeComApi api, Database db) {
        this.api = api;
        this.db = db;
    }

    private record Missing(long outboxId, String configId) {
    }

    @Override
    public String name() {
        return "joinWayQr";
    }

    @Override
    public boolean due(SyncRequest request, Instant lastCompleted, Instant now) {
        return true;
    }

    @Override
    public void run(StepContext context) {
        List<Missing> missing = db.read(c -> Sql.query(c, MISSING,
                rs -> new Missing(rs.getLong(1), rs.getString(2)), OutboxKind.JOIN_WAY_ADD.name()));
        for (Missing way : missing) {
            String qr = qrOf(way.configId());
            if (qr != null) {
                context.commitPage(null, 1, c -> {
                    Sql.update(c, "UPDATE outbox SET result_json = json_set(result_json, '$.qr_code', ?) WHERE id = ?",
                            qr, way.outboxId());
                    return PageCounts.NONE;
                });
            }
            context.checkCancelled();
        }
    }

    private String qrOf(String configId) {
        try {
            JoinWay way = api.getJoinWay(configId);
            return way == null || way.qrCode() == null || way.qrCode().isBlank() ? null : way.qrCode();
        } catch (WeComException e) {
            if (e.kind() == WeComErrorKind.RETRY_LATER || e.kind() == WeComErrorKind.INVALID_ITEM) {
                return null; // not ready yet, or deleted in WeCom meanwhile: ask again next run
            }
            throw e;
        }
    }
}
