package com.siyu.workbench.sync;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.WeComErrorKind;
import com.siyu.workbench.wecom.WeComException;
import com.siyu.workbench.wecom.dto.GroupMsgSendResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the members confirmed the message tasks created from this desk: for each {@code message_tasks} row still
 * unsent (created in the last 30 days), get_groupmsg_send_result for its sender gives the customer's status
 * (1 sent, 2 not a friend, 3 already got a mass message today). Runs every time; it only asks about open tasks.
 */
final class MessageTasksStep implements PullStep {
    private static final Duration LOOK_BACK = Duration.ofDays(30);
    private static final int PER_COMMIT = 20;

    private final WeComApi api;
    private final Database db;

    MessageTasksStep(WeComApi api, Database db) {
        this.api = api;
        this.db = db;
    }

    /** An open task to ask about. */
    private record Open(String msgid, String sender, String externalUserid) {
    }

    @Override
    public String name() {
        return "messageTasks";
    }

    @Override
    public boolean due(SyncRequest request, Instant lastCompleted, Instant now) {
        return true;
    }

    @Override
    public void run(StepContext context) {
        Instant since = context.now().minus(LOOK_BACK);
        List<Open> open = db.read(c -> Sql.query(c, "SELECT msgid, sender, external_userid FROM message_tasks"
                        + " WHERE send_status = 0 AND created_at >= ? ORDER BY created_at, msgid",
                rs -> new Open(rs.getString(1), rs.getString(2), rs.getString(3)), since));
        for (int from = 0; from < open.size(); from += PER_COMMIT) {
            List<Object[]> rows = new ArrayList<>();
            Instant now = context.now();
            List<Open> batch = open.subList(from, Math.min(open.size(), from + PER_COMMIT));
            for (Open task : batch) {
                GroupMsgSendResult result = resultFor(task);
                if (result != null && result.status() != null) {
                    Long sentAt = result.sendTime() == null || result.sendTime() == 0 ? null
                            : result.sendTime() * 1000;
                    rows.add(new Object[] {result.status(), sentAt, now, task.msgid()});
                } else {
                    rows.add(new Object[] {0, null, now, task.msgid()});
                }
            }
            context.commitPage(null, batch.size(), c -> {
                Sql.batch(c, "UPDATE message_tasks SET send_status = ?, sent_at = ?, checked_at = ? WHERE msgid = ?",
                        rows);
                return PageCounts.NONE;
            });
            context.checkCancelled();
        }
    }

    private GroupMsgSendResult resultFor(Open task) {
        try {
            return api.getGroupMsgSendResult(task.msgid(), task.sender(), "", 1000).items().stream()
                    .filter(r -> task.externalUserid() == null || task.externalUserid().equals(r.externalUserid()))
                    .findFirst().orElse(null);
        } catch (WeComException e) {
            if (e.kind() == WeComErrorKind.RETRY_LATER || e.kind() == WeComErrorKind.INVALID_ITEM) {
                return null; // still being dispatched (41063), or a task WeCom no longer knows: ask next time
            }
            throw e;
        }
    }
}
