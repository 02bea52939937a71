package com.siyu.workbench.sync;

import com.siyu.workbench.store.Sql;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.dto.CorpTag;
import com.siyu.workbench.wecom.dto.CorpTagGroup;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The corp tag catalogue (get_corp_tag_list, one call). A tag or group gone from WeCom is kept with
 * {@code deleted = 1}: relations and history may still name it.
 */
final class TagStep implements PullStep {
    private final WeComApi api;

    TagStep(WeComApi api) {
        this.api = api;
    }

    @Override
    public String name() {
        return "tags";
    }

    @Override
    public boolean due(SyncRequest request, Instant lastCompleted, Instant now) {
        return true;
    }

    @Override
    public void run(StepContext context) {
        List<CorpTagGroup> groups = api.getCorpTagList(null, null);
        context.commitPage(null, 0, c -> {
            write(c, groups);
            return PageCounts.NONE;
        });
    }

    private static void write(Connection c, List<CorpTagGroup> groups) throws SQLException {
        Map<String, Object[]> localGroups = new HashMap<>();
        Sql.query(c, "SELECT group_id, name, sort_order, create_time, deleted FROM tag_groups",
                rs -> localGroups.put(rs.getString(1), new Object[] {rs.getString(2), rs.getLong(3),
                        Sql.integer(rs, "create_time") == null ? null : rs.getLong(4), rs.getInt(5)}));
        Map<String, Object[]> localTags = new HashMap<>();
        Sql.query(c, "SELECT tag_id, group_id, name, sort_order, create_time, deleted FROM tags",
                rs -> localTags.put(rs.getString(1), new Object[] {rs.getString(2), rs.getString(3), rs.getLong(4),
                        Sql.integer(rs, "create_time") == null ? null : rs.getLong(5), rs.getInt(6)}));
        List<Object[]> groupRows = new ArrayList<>();
        List<Object[]> tagRows = new ArrayList<>();
        Set<String> seenGroups = new HashSet<>();
        Set<String> seenTags = new HashSet<>();
        for (CorpTagGroup g : groups) {
            seenGroups.add(g.groupId());
            Object[] wanted = {g.groupName(), orZero(g.order()), g.createTime(), 0};
            if (!sameRow(localGroups.get(g.groupId()), wanted)) {
                groupRows.add(new Object[] {g.groupId(), g.groupName(), orZero(g.order()), g.createTime()});
            }
            for (CorpTag t : g.tag()) {
                seenTags.add(t.id());
                Object[] tagWanted = {g.groupId(), t.name(), orZero(t.order()), t.createTime(), 0};
                if (!sameRow(localTags.get(t.id()), tagWanted)) {
                    tagRows.add(new Object[] {t.id(), g.groupId(), t.name(), orZero(t.order()), t.createTime()});
                }
            }
        }
        Sql.batch(c, "INSERT INTO tag_groups (group_id, name, sort_order, create_time, deleted) VALUES (?, ?, ?, ?, 0)"
                + " ON CONFLICT (group_id) DO UPDATE SET name = excluded.name, sort_order = excluded.sort_order,"
                + " create_time = excluded.create_time, deleted = 0", groupRows);
        Sql.batch(c, "INSERT INTO tags (tag_id, group_id, name, sort_order, create_time, deleted)"
                + " VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (tag_id) DO UPDATE SET group_id = excluded.group_id,"
                + " name = excluded.name, sort_order = excluded.sort_order, create_time = excluded.create_time,"
                + " deleted = 0", tagRows);
        List<Object[]> goneTags = new ArrayList<>();
        localTags.forEach((id, row) -> {
            if (!seenTags.contains(id) && ((Integer) row[4]) == 0) {
                goneTags.add(new Object[] {id});
            }
        });
        Sql.batch(c, "UPDATE tags SET deleted = 1 WHERE tag_id = ?", goneTags);
        List<Object[]> goneGroups = new ArrayList<>();
        localGroups.forEach((id, row) -> {
            if (!seenGroups.contains(id) && ((Integer) row[3]) == 0) {
                goneGroups.add(new Object[] {id});
            }
        });
        Sql.batch(c, "UPDATE tag_groups SET deleted = 1 WHERE group_id = ?", goneGroups);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static boolean sameRow(Object[] local, Object[] wanted) {
        if (local == null) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            Object a = local[i] instanceof Number n ? (Object) n.longValue() : local[i];
            Object b = wanted[i] instanceof Number n ? (Object) n.longValue() : wanted[i];
            if (!Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
    }
}
