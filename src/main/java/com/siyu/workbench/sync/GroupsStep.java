package com.siyu.workbench.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.wecom.Paging;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.dto.GroupChat;
import com.siyu.workbench.wecom.dto.GroupChatListQuery;
import com.siyu.workbench.wecom.dto.GroupChatMember;
import com.siyu.workbench.wecom.dto.GroupChatRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Customer groups owned by the members in scope: groupchat/list (owner filter, ≤100 owners per query), then
 * groupchat/get with names for each. The list is stored as the cursor, so a resumed run continues with the next
 * group. Members of a group are replaced as a whole (WeCom gives the full list each time).
 */
final class GroupsStep extends SlowStep {
    private static final int PER_COMMIT = 20;
    private static final ObjectMapper JSON = Json.newMapper();

    private final WeComApi api;
    private final SyncScope scope;
    private final Executor fetchers;

    GroupsStep(WeComApi api, SyncScope scope, Duration window, Executor fetchers) {
        super(window);
        this.api = api;
        this.scope = scope;
        this.fetchers = fetchers;
    }

    /** The stored cursor: the groups to fetch (chat_id → status) and how many are done. */
    record Progress(Map<String, Integer> groups, int next) {
    }

    @Override
    public String name() {
        return "groups";
    }

    @Override
    public void run(StepContext context) {
        Progress progress = decode(context.cursor());
        if (progress == null) {
            Map<String, Integer> groups = new LinkedHashMap<>();
            List<String> owners = scope.followUsers(context.request().memberUserid());
            for (List<String> chunk : Paging.chunks(owners, WeComApi.MAX_USERIDS_PER_BATCH)) {
                Paging.stream(cursor -> api.listGroupChats(new GroupChatListQuery(0, chunk), cursor, 1000))
                        .forEach(ref -> groups.put(ref.chatId(), status(ref)));
            }
            progress = new Progress(groups, 0);
        }
        List<String> ids = new ArrayList<>(progress.groups().keySet());
        for (int from = progress.next(); from < ids.size(); from += PER_COMMIT) {
            int to = Math.min(ids.size(), from + PER_COMMIT);
            List<GroupChat> chats = new ArrayList<>();
            InOrder.map(fetchers, ids.subList(from, to), ContactPlanner.LANES, id -> api.getGroupChat(id, true),
                    (id, chat) -> chats.add(chat));
            Map<String, Integer> statuses = progress.groups();
            Instant now = context.now();
            context.commitPage(encode(new Progress(statuses, to)), to - from, c -> {
                for (GroupChat chat : chats) {
                    write(c, chat, statuses.getOrDefault(chat.chatId(), 0), now);
                }
                return PageCounts.NONE;
            });
            context.checkCancelled();
        }
    }

    private static int status(GroupChatRef ref) {
        return ref.status() == null ? 0 : ref.status();
    }

    private static void write(Connection c, GroupChat chat, int status, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO customer_groups (chat_id, name, owner, create_time, notice, status, synced_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET name = excluded.name,"
                + " owner = excluded.owner, create_time = excluded.create_time, notice = excluded.notice,"
                + " status = excluded.status, synced_at = excluded.synced_at", chat.chatId(), chat.name(),
                chat.owner(), chat.createTime(), chat.notice(), status, now);
        Sql.update(c, "DELETE FROM customer_group_members WHERE chat_id = ?", chat.chatId());
        List<Object[]> rows = new ArrayList<>();
        for (GroupChatMember m : chat.memberList()) {
            String shown = m.groupNickname() != null && !m.groupNickname().isEmpty() ? m.groupNickname() : m.name();
            rows.add(new Object[] {chat.chatId(), m.userid(), m.type() == null ? 0 : m.type(), m.joinTime(),
                    m.joinScene(), m.unionid(), shown});
        }
        Sql.batch(c, "INSERT OR REPLACE INTO customer_group_members (chat_id, member_id, type, join_time, join_scene,"
                + " unionid, display_name) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static Progress decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            return JSON.readValue(cursor, new TypeReference<Progress>() { });
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }

    private static String encode(Progress progress) {
        try {
            return JSON.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
