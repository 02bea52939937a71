package com.siyu.workbench.admin;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.time.Instant;

/** Sync history and refused changes written straight into a test workbench, as a sync would have left them. */
final class SyncTabsFixture {
    static final String CUSTOMER = "wmCUSTOMER0001";
    static final String FAILURE = "无法连接企业微信（错误码 -：HTTP 500）";
    static final String REASON = "该客户已不是这位成员的好友（客户已删除成员，或尚未通过验证）";

    private SyncTabsFixture() {
    }

    static void writeHistory(Workbench workbench) {
        long t = TestWorkbench.MORNING.toEpochMilli();
        workbench.db().write(c -> {
            Sql.update(c, "INSERT INTO sync_runs (kind, member_userid, started_at, finished_at, status, pages,"
                    + " contacts_added, contacts_updated, contacts_lost, outbox_sent, outbox_parked, error)"
                    + " VALUES ('FULL', NULL, ?, ?, 'OK', 265, 21571, 0, 0, 0, 0, NULL)", t - 7_200_000, t - 7_150_000);
            Sql.update(c, "INSERT INTO sync_runs (kind, member_userid, started_at, finished_at, status, pages,"
                    + " contacts_added, contacts_updated, contacts_lost, outbox_sent, outbox_parked, error)"
                    + " VALUES ('INCREMENTAL', ?, ?, ?, 'FAILED', 3, 0, 0, 0, 0, 0, ?)", TestWorkbench.GUIDE,
                    t - 600_000, t - 590_000, FAILURE);
            Sql.update(c, "INSERT INTO sync_runs (kind, member_userid, started_at, finished_at, status, pages,"
                    + " contacts_added, contacts_updated, contacts_lost, outbox_sent, outbox_parked, error)"
                    + " VALUES ('INCREMENTAL', ?, ?, ?, 'OK', 24, 7, 3, 2, 4, 1, NULL)", TestWorkbench.GUIDE,
                    t - 60_000, t - 57_000);
            Sql.update(c, "INSERT INTO contacts (external_userid, name, updated_at) VALUES (?, '李女士', ?)",
                    CUSTOMER, t);
            Sql.update(c, "INSERT INTO outbox (idempotency_key, kind, ordering_key, payload_json, status, attempts,"
                    + " last_error, created_by, created_at) VALUES ('remark:1', 'REMARK', ?, ?, 'PARKED', 1, ?, ?, ?)",
                    CUSTOMER, "{\"userid\":\"" + TestWorkbench.GUIDE + "\",\"external_userid\":\"" + CUSTOMER
                            + "\",\"remark\":\"李女士 VIP\"}", REASON, TestWorkbench.GUIDE, t - 3_600_000);
            Sql.update(c, "INSERT INTO outbox (idempotency_key, kind, ordering_key, payload_json, status, attempts,"
                    + " last_error, created_by, created_at) VALUES ('tag:1', 'MARK_TAG', ?, ?, 'PARKED', 2, ?, ?, ?)",
                    CUSTOMER, "{\"userid\":\"" + TestWorkbench.LEAD + "\",\"external_userid\":\"" + CUSTOMER
                            + "\",\"add_tag\":[\"etGONE\"],\"remove_tag\":[]}", "标签不存在或已被删除，请刷新标签后重新打标",
                    TestWorkbench.LEAD, t - 1_800_000);
        });
    }

    static Instant now() {
        return TestWorkbench.MORNING;
    }
}
