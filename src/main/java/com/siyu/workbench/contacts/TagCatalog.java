package com.siyu.workbench.contacts;

import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The corp tag groups as last synced (deleted tags and groups left out). */
public final class TagCatalog {
    private final Database db;

    public TagCatalog(Database db) {
        this.db = db;
    }

    public List<TagGroup> groups() {
        return db.read(c -> {
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, List<TagChip>> tags = new LinkedHashMap<>();
            Sql.query(c, "SELECT g.group_id, g.name, t.tag_id, t.name FROM tag_groups g"
                    + " JOIN tags t ON t.group_id = g.group_id AND t.deleted = 0 WHERE g.deleted = 0"
                    + " ORDER BY g.sort_order DESC, g.group_id, t.sort_order DESC, t.tag_id", rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                        return tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new TagChip(rs.getString(3), rs.getString(4), rs.getString(2)));
                    });
            List<TagGroup> groups = new ArrayList<>();
            names.forEach((id, name) -> groups.add(new TagGroup(id, name, tags.get(id))));
            return groups;
        });
    }

    /** Tag id → chip, for naming the ids an edit or a log entry mentions. */
    public Map<String, TagChip> byId() {
        Map<String, TagChip> all = new LinkedHashMap<>();
        groups().forEach(g -> g.tags().forEach(t -> all.put(t.tagId(), t)));
        return all;
    }

    /** The tags of the group 客户阶段, for the stage filter. */
    public List<TagChip> stages() {
        return groups().stream().filter(TagGroup::isStage).flatMap(g -> g.tags().stream()).toList();
    }

    /** Channels known by name ({@code channels} table), state → name. */
    public Map<String, String> channels() {
        return db.read(c -> {
            Map<String, String> channels = new LinkedHashMap<>();
            Sql.query(c, "SELECT state, name FROM channels ORDER BY name", rs -> channels.put(rs.getString(1),
                    rs.getString(2)));
            return channels;
        });
    }
}
