package com.siyu.workbench.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.WeComRelationNotFoundException;
import com.siyu.workbench.wecom.dto.ContactDetail;
import com.siyu.workbench.wecom.dto.ContactWithFollow;
import com.siyu.workbench.wecom.dto.FollowInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Customers and their follow relations. Plans with {@link ContactPlanner}, then re-reads the planned members
 * through batch/get_by_user (≤100 userids per call, limit 100, one page of read-ahead) and fetches the remaining new
 * customers one by one. Every page is written by {@link FollowWriter} in one transaction together with the plan
 * position, so a run killed anywhere resumes at the page after the last one written. Into an empty local copy the
 * pages are staged and moved in primary-key order at the end ({@link FirstLoad}).
 */
final class ContactsStep implements PullStep {
    static final String NAME = "contacts";
    /** {@code sync_cursors} rows recording when a member's relations were last re-read in full. */
    static final String REFRESHED_PREFIX = "wecom.follows.";
    private static final String GETS = "wecom.contacts-gets";
    private static final ObjectMapper JSON = Json.newMapper();
    /** New customers whose relations are compared and written together. */
    static final int GETS_PER_WRITE = 50;
    /** externalcontact/get calls queued ahead of the writer (the client still sends at most three at once). */
    static final int GETS_AHEAD = ContactPlanner.LANES * 8;

    private final WeComApi api;
    private final Database db;
    private final SyncScope scope;
    private final ContactPlanner planner;
    private final Executor prefetch;

    ContactsStep(WeComApi api, Database db, SyncScope scope, ContactPlanner planner, Executor prefetch) {
        this.api = api;
        this.db = db;
        this.scope = scope;
        this.planner = planner;
        this.prefetch = prefetch;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean due(SyncRequest request, Instant lastCompleted, Instant now) {
        return true;
    }

    @Override
    public void run(StepContext context) {
        List<String> members = scope.followUsers(context.request().memberUserid());
        ContactsPlan plan = context.cursor() == null ? null : ContactsPlan.decode(context.cursor());
        List<String> gets;
        if (plan == null) {
            ContactPlanner.Planned planned = planner.plan(context, members);
            plan = planned.plan();
            String encoded = plan.encode();
            String getsJson = json(planned.gets());
            context.commitPage(encoded, 0, c -> {
                FirstLoad.discard(c);
                SyncCursors.saveCursor(c, GETS, getsJson, context.now());
                return PageCounts.NONE;
            });
            gets = planned.gets();
        } else {
            gets = storedGets();
        }
        context.progress(plan.done(), plan.total());
        boolean empty = db.read(c -> Sql.queryLong(c, "SELECT NOT EXISTS (SELECT 1 FROM follows)") == 1);
        ContactsPlan start = plan;
        ContactsPlan reread = start.positions().stream().allMatch(java.util.Objects::isNull) ? start
                : WriterCache.enlarged(db, () -> rereadChains(context, start, empty));
        if (empty) {
            context.progress(reread.done(), 0); // no count while the staged pages move: an indeterminate bar
        }
        // committed with the last pages read (also after a resume that found every chain read but nothing moved)
        context.commitPage(reread.encode(), 0, c -> {
            FirstLoad.move(c);
            return PageCounts.NONE;
        });
        fetchOneByOne(context, reread, gets, new HashSet<>(members));
    }

    private ContactsPlan rereadChains(StepContext context, ContactsPlan start, boolean intoEmptyCopy) {
        ContactsPlan[] plan = {start};
        PagePipeline.walk(prefetch, start.positions(),
                (chain, cursor) -> api.batchGetByUser(start.chains().get(chain), cursor, ContactPlanner.PAGE_LIMIT),
                (chain, page) -> {
                    boolean chainDone = !page.hasMore();
                    ContactsPlan next = plan[0].afterPage(chain, chainDone ? null : page.nextCursor(),
                            plan[0].done() + page.items().size());
                    Instant now = context.now();
                    List<String> members = start.chains().get(chain);
                    context.commitPage(next.encode(), 1, c -> {
                        PageCounts counts = FollowWriter.write(c, page.items(), now, intoEmptyCopy);
                        if (chainDone) {
                            markRefreshed(c, members, now);
                        }
                        return counts;
                    });
                    plan[0] = next;
                    context.progress(next.done(), next.total());
                    context.checkCancelled();
                });
        return plan[0];
    }

    /**
     * The new customers, {@link #GETS_AHEAD} calls queued ahead so the fetchers keep going while this thread writes,
     * and their relations written {@link #GETS_PER_WRITE} customers at a time: one compare-and-write over a batch
     * costs a handful of statements where a write per customer cost that handful each. A batch is committed with
     * the index of its last customer, so a run killed mid-batch fetches that batch again and nothing twice.
     */
    private void fetchOneByOne(StepContext context, ContactsPlan start, List<String> gets, Set<String> members) {
        ContactsPlan[] plan = {start};
        List<String> remaining = gets.subList(Math.min(start.getIndex(), gets.size()), gets.size());
        int[] index = {start.getIndex()};
        List<ContactWithFollow> batch = new ArrayList<>();
        int[] batched = {0};
        InOrder.map(prefetch, remaining, GETS_AHEAD, id -> fetch(id, members), (id, pairs) -> {
            index[0]++;
            batch.addAll(pairs);
            batched[0]++;
            plan[0] = plan[0].atGet(index[0], plan[0].done() + 1);
            if (batched[0] == GETS_PER_WRITE || index[0] == gets.size()) {
                List<ContactWithFollow> written = List.copyOf(batch);
                Instant now = context.now();
                context.commitPage(plan[0].encode(), batched[0], c -> FollowWriter.write(c, written, now));
                batch.clear();
                batched[0] = 0;
            }
            context.progress(plan[0].done(), plan[0].total());
            context.checkCancelled();
        });
    }

    /** The customer's relations with members in scope; none when the customer is already gone again. */
    private List<ContactWithFollow> fetch(String externalUserid, Set<String> members) {
        ContactDetail detail;
        try {
            detail = api.getContact(externalUserid, null);
        } catch (WeComRelationNotFoundException gone) {
            return List.of();
        }
        List<ContactWithFollow> pairs = new ArrayList<>();
        for (FollowInfo follow : detail.followUser()) {
            if (members.contains(follow.userid())) {
                pairs.add(new ContactWithFollow(detail.externalContact(), follow));
            }
        }
        return pairs;
    }

    private List<String> storedGets() {
        String text = db.read(c -> Sql.queryOne(c, "SELECT cursor FROM sync_cursors WHERE name = ?",
                rs -> rs.getString(1), GETS)).orElse(null);
        if (text == null) {
            return List.of();
        }
        try {
            return JSON.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException unreadable) {
            return List.of();
        }
    }

    private static String json(List<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void markRefreshed(Connection c, List<String> members, Instant now) throws SQLException {
        for (String member : members) {
            SyncCursors.complete(c, REFRESHED_PREFIX + member, 0, now);
        }
    }
}
