package com.siyu.workbench.sync;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.wecom.WeComApi;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Decides what the contacts step fetches, so it fetches no more than it must (docs/decisions/sync-incremental.md).
 * For every member in scope, one {@code externalcontact/list} call gives the ids WeCom has now; compared with the
 * local active relations it tells exactly who is new and who was lost (lost ones are marked at once). Then per
 * member the cheaper way to get the rest:
 * <ul>
 *   <li>re-read all the member's relations through batch/get_by_user (⌈n/100⌉ calls) when the run re-reads
 *       everything, when the member's relations were last re-read longer ago than the refresh window (that is how
 *       tag and remark edits made in WeCom itself arrive: WeCom has no change feed without a callback URL), or when
 *       there are so many new customers that fetching them one by one would cost more calls;</li>
 *   <li>otherwise fetch only the new customers, one externalcontact/get each.</li>
 * </ul>
 */
final class ContactPlanner {
    static final int PAGE_LIMIT = WeComApi.MAX_BATCH_LIMIT;
    /** Chains read side by side: the WeCom client allows 3 requests in flight per API. */
    static final int LANES = 3;

    private final WeComApi api;
    private final Database db;
    private final SyncCursors cursors;
    private final Duration followRefresh;
    private final Executor fetchers;

    ContactPlanner(WeComApi api, Database db, SyncCursors cursors, Duration followRefresh, Executor fetchers) {
        this.api = api;
        this.db = db;
        this.cursors = cursors;
        this.followRefresh = followRefresh;
        this.fetchers = fetchers;
    }

    /** One member's ids: what WeCom lists, and what is active locally. */
    private record Listed(List<String> remote, Set<String> local) {
    }

    /** A decided plan and the customers to fetch one by one. */
    record Planned(ContactsPlan plan, List<String> gets) {
    }

    Planned plan(StepContext context, List<String> scope) {
        Map<String, Instant> refreshed = cursors.completedWithPrefix(ContactsStep.REFRESHED_PREFIX);
        Instant now = context.now();
        Map<String, Integer> reread = new java.util.LinkedHashMap<>();
        Set<String> gets = new LinkedHashSet<>();
        long[] total = {0};
        // WeCom's list and the local active set are read together off the writing thread
        InOrder.map(fetchers, scope, LANES * 2, member -> new Listed(api.listExternalContacts(member), activeIds(member)),
                (member, listed) -> {
                    context.checkCancelled();
                    List<String> remote = listed.remote();
                    Set<String> local = listed.local();
                    Set<String> remoteIds = new HashSet<>(remote);
                    List<String> lost = local.stream().filter(id -> !remoteIds.contains(id)).sorted().toList();
                    List<String> fresh = remote.stream().filter(id -> !local.contains(id)).toList();
                    context.commitPage(null, 1,
                            c -> lost.isEmpty() ? PageCounts.NONE : markLost(c, member, lost, now));
                    Instant last = refreshed.get(member);
                    boolean stale = last == null || Duration.between(last, now).compareTo(followRefresh) >= 0;
                    long pages = (remote.size() + PAGE_LIMIT - 1) / PAGE_LIMIT;
                    if (context.request().rereadEverything() || stale || fresh.size() >= Math.max(1, pages)) {
                        reread.put(member, remote.size());
                        total[0] += remote.size();
                    } else {
                        gets.addAll(fresh);
                    }
                    context.progress(0, 0);
                });
        return new Planned(ContactsPlan.start(lanes(reread), total[0] + gets.size()), List.copyOf(gets));
    }

    /**
     * Splits the members to re-read into chains read side by side: {@link #LANES} of them (more only when a chain
     * would exceed batch/get_by_user's 100 userids), balanced by how many relations each member has, so the chains
     * end at about the same time.
     */
    static List<List<String>> lanes(Map<String, Integer> sizes) {
        int count = Math.min(sizes.size(), Math.max(LANES,
                (sizes.size() + WeComApi.MAX_USERIDS_PER_BATCH - 1) / WeComApi.MAX_USERIDS_PER_BATCH));
        List<List<String>> lanes = new ArrayList<>();
        long[] load = new long[count];
        for (int i = 0; i < count; i++) {
            lanes.add(new ArrayList<>());
        }
        sizes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    int lightest = -1;
                    for (int i = 0; i < count; i++) {
                        boolean room = lanes.get(i).size() < WeComApi.MAX_USERIDS_PER_BATCH;
                        if (room && (lightest < 0 || load[i] < load[lightest])) {
                            lightest = i;
                        }
                    }
                    lanes.get(lightest).add(e.getKey());
                    load[lightest] += Math.max(1, e.getValue());
                });
        lanes.forEach(lane -> lane.sort(null));
        return lanes;
    }

    private Set<String> activeIds(String member) {
        return db.read(c -> {
            Set<String> ids = new HashSet<>();
            Sql.query(c, "SELECT external_userid FROM follows WHERE userid = ? AND status = 'ACTIVE'",
                    rs -> ids.add(rs.getString(1)), member);
            return ids;
        });
    }

    /** Churn is data: the relation stays, marked LOST with the time it was noticed. */
    private static PageCounts markLost(Connection c, String member, List<String> lost, Instant now)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>(lost.size());
        lost.forEach(id -> rows.add(new Object[] {now, member, id}));
        Sql.batch(c, "UPDATE follows SET status = 'LOST', lost_at = ? WHERE userid = ? AND external_userid = ?"
                + " AND status = 'ACTIVE'", rows);
        return new PageCounts(0, 0, lost.size());
    }
}
