package com.siyu.workbench.sandbox.model;

import java.util.List;

/** A corp tag group with its tags (deleted ones included; readers filter). */
public record TagGroup(String groupId, String name, long createTime, long order, boolean deleted, List<Tag> tags) {
    public TagGroup {
        tags = List.copyOf(tags);
    }

    public List<Tag> liveTags() {
        return tags.stream().filter(t -> !t.deleted()).toList();
    }
}
