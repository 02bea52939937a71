package com.siyu.workbench.sync;

import com.siyu.workbench.store.Sql;
import com.siyu.workbench.wecom.Paging;
import com.siyu.workbench.wecom.WeComApi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * 「联系我」 ways → {@code channels}: the way's {@code state} is what new relations carry as {@code follows.state};
 * its remark is the readable name. A name an admin changed locally is kept ({@code synced_name} remembers what
 * sync last wrote). Ways are corp-wide and few, so the whole list is read whatever the scope.
 */
final class ChannelsStep extends SlowStep {
    /** list_contact_way only knows ways created after 2021-07-10. */
    private static final long LIST_FROM = 1_625_846_400L;
    private static final int PER_COMMIT = 50;

    private final WeComApi api;
    private final Executor fetchers;

    ChannelsStep(WeComApi api, Duration window, Executor fetchers) {
        super(window);
        this.api = api;
        this.fetchers = fetchers;
    }

    @Override
    public String name() {
        return "channels";
    }

    @Override
    public void run(StepContext context) {
        long end = context.now().getEpochSecond();
        List<String> configIds = Paging.stream(cursor -> api.listContactWays(LIST_FROM, end, cursor, 1000)).toList();
        int start = context.cursor() == null ? 0 : Integer.parseInt(context.cursor());
        for (int from = Math.min(start, configIds.size()); from < configIds.size(); from += PER_COMMIT) {
            int to = Math.min(configIds.size(), from + PER_COMMIT);
            List<Object[]> rows = new ArrayList<>();
            Instant now = context.now();
            InOrder.map(fetchers, configIds.subList(from, to), ContactPlanner.LANES, api::getContactWay,
                    (configId, way) -> {
                        if (way != null && way.state() != null && !way.state().isBlank()) {
                            String name = way.remark() == null || way.remark().isBlank() ? way.state()
                                    : way.remark();
                            rows.add(new Object[] {way.state(), name, configId, now, name});
                        }
                    });
            context.commitPage(Integer.toString(to), to - from, c -> {
                Sql.batch(c, "INSERT INTO channels (state, name, config_id, updated_at, synced_name)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (state) DO UPDATE SET"
                        + " name = CASE WHEN channels.name IS channels.synced_name THEN excluded.name"
                        + " ELSE channels.name END, config_id = excluded.config_id,"
                        + " updated_at = excluded.updated_at, synced_name = excluded.synced_name", rows);
                return PageCounts.NONE;
            });
            context.checkCancelled();
        }
    }
}
