package com.siyu.workbench.sync;

import com.siyu.workbench.store.Sql;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.dto.BehaviorData;
import com.siyu.workbench.wecom.dto.BehaviorQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * get_user_behavior_data → {@code member_behavior_daily}: the last 30 days (WeCom's longest span) per member in
 * scope, one call each (several userids in one call would be summed). Daily figures settle after the day, so this
 * runs in full runs, on "sync now", and a few times a day.
 */
final class BehaviorStep extends SlowStep {
    static final int DAYS = 30;

    private static final String UPSERT = "INSERT INTO member_behavior_daily (userid, stat_date, chat_cnt,"
            + " message_cnt, reply_percentage, avg_reply_time, negative_feedback_cnt, new_apply_cnt, new_contact_cnt)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (userid, stat_date) DO UPDATE SET"
            + " chat_cnt = excluded.chat_cnt, message_cnt = excluded.message_cnt,"
            + " reply_percentage = excluded.reply_percentage, avg_reply_time = excluded.avg_reply_time,"
            + " negative_feedback_cnt = excluded.negative_feedback_cnt,"
            + " new_apply_cnt = excluded.new_apply_cnt, new_contact_cnt = excluded.new_contact_cnt";

    private final WeComApi api;
    private final SyncScope scope;
    private final ZoneId zone;
    private final Executor fetchers;

    BehaviorStep(WeComApi api, SyncScope scope, ZoneId zone, Duration window, Executor fetchers) {
        super(window);
        this.api = api;
        this.scope = scope;
        this.zone = zone;
        this.fetchers = fetchers;
    }

    @Override
    public String name() {
        return "behavior";
    }

    @Override
    public void run(StepContext context) {
        List<String> members = scope.followUsers(context.request().memberUserid());
        LocalDate today = LocalDate.ofInstant(context.now(), zone);
        long start = today.minusDays(DAYS - 1L).atStartOfDay(zone).toEpochSecond();
        long end = today.atStartOfDay(zone).toEpochSecond();
        int from = context.cursor() == null ? 0 : Integer.parseInt(context.cursor());
        int[] index = {Math.min(from, members.size())};
        InOrder.map(fetchers, members.subList(index[0], members.size()), ContactPlanner.LANES,
                member -> api.getUserBehaviorData(new BehaviorQuery(List.of(member), null, start, end)),
                (member, days) -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (BehaviorData d : days) {
                        LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(d.statTime()), zone);
                        rows.add(new Object[] {member, date, d.chatCnt(), d.messageCnt(), d.replyPercentage(),
                                d.avgReplyTime() == null ? null : Math.round(d.avgReplyTime()),
                                d.negativeFeedbackCnt(), d.newApplyCnt(), d.newContactCnt()});
                    }
                    index[0]++;
                    context.commitPage(Integer.toString(index[0]), 1, c -> {
                        Sql.batch(c, UPSERT, rows);
                        return PageCounts.NONE;
                    });
                    context.checkCancelled();
                });
    }
}
