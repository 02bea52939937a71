package com.siyu.workbench.contacts;

import java.util.List;

/** A corp tag group with its live tags, in WeCom's order (bigger {@code order} first). */
public record TagGroup(String groupId, String name, List<TagChip> tags) {
    public TagGroup {
        tags = List.copyOf(tags);
    }

    public boolean isStage() {
        return TagChip.STAGE_GROUP.equals(name);
    }
}
