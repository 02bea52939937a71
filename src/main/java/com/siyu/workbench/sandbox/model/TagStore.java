package com.siyu.workbench.sandbox.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corp tag groups and tags. Groups keep their tags in creation order; deleted ones stay (flagged) so get_corp_tag_list
 * by id can report {@code deleted}. WeCom's rules (name clashes, the 3000-tag cap) are enforced by the tag endpoints.
 */
public final class TagStore {
    public static final int MAX_TAGS = 3000;

    private final ModelLock lock;
    private final Map<String, TagGroup> groups = new LinkedHashMap<>();
    private final Map<String, String> groupOfTag = new LinkedHashMap<>();

    public TagStore(ModelLock lock) {
        this.lock = lock;
    }

    public void putGroup(TagGroup group) {
        lock.write(() -> {
            groups.put(group.groupId(), group);
            group.tags().forEach(t -> groupOfTag.put(t.id(), group.groupId()));
        });
    }

    /** All groups incl. deleted ones, in creation order. */
    public List<TagGroup> allGroups() {
        return lock.read(() -> List.copyOf(groups.values()));
    }

    /** Groups that are not deleted, each with only its live tags. */
    public List<TagGroup> liveGroups() {
        return lock.read(() -> groups.values().stream().filter(g -> !g.deleted())
                .map(g -> new TagGroup(g.groupId(), g.name(), g.createTime(), g.order(), false, g.liveTags()))
                .toList());
    }

    public Optional<TagGroup> group(String groupId) {
        return lock.read(() -> Optional.ofNullable(groups.get(groupId)));
    }

    public Optional<TagGroup> liveGroupNamed(String name) {
        return lock.read(() -> groups.values().stream().filter(g -> !g.deleted() && g.name().equals(name))
                .findFirst());
    }

    public Optional<Tag> tag(String tagId) {
        return lock.read(() -> Optional.ofNullable(groupOfTag.get(tagId)).map(groups::get)
                .flatMap(g -> g.tags().stream().filter(t -> t.id().equals(tagId)).findFirst()));
    }

    public Optional<Tag> liveTag(String tagId) {
        return tag(tagId).filter(t -> !t.deleted());
    }

    public int liveTagCount() {
        return lock.read(() -> (int) groups.values().stream().filter(g -> !g.deleted())
                .mapToLong(g -> g.liveTags().size()).sum());
    }

    /** Replaces one tag inside its group. */
    public void replaceTag(Tag tag) {
        lock.write(() -> {
            TagGroup group = groups.get(tag.groupId());
            List<Tag> tags = new ArrayList<>(group.tags());
            tags.replaceAll(t -> t.id().equals(tag.id()) ? tag : t);
            boolean allDeleted = tags.stream().allMatch(Tag::deleted);
            groups.put(group.groupId(), new TagGroup(group.groupId(), group.name(), group.createTime(),
                    group.order(), group.deleted() || allDeleted, tags));
        });
    }
}
