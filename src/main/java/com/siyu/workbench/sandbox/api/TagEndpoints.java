package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.Tag;
import com.siyu.workbench.sandbox.model.TagGroup;
import com.siyu.workbench.sandbox.model.TagStore;
import com.siyu.workbench.sandbox.model.WeComError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** get_corp_tag_list, add_corp_tag, edit_corp_tag, del_corp_tag and mark_tag. */
public final class TagEndpoints {
    private static final int MAX_NAME = 30;

    private final ApiContext context;
    private final TagStore tags;

    public TagEndpoints(ApiContext context) {
        this.context = context;
        this.tags = context.model().tags();
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.post("externalcontact/get_corp_tag_list", this::list),
                Endpoint.postWrite("externalcontact/add_corp_tag", this::add),
                Endpoint.postWrite("externalcontact/edit_corp_tag", this::edit),
                Endpoint.postWrite("externalcontact/del_corp_tag", this::delete),
                Endpoint.postWrite("externalcontact/mark_tag", this::mark));
    }

    private ApiResponse list(ApiRequest request) {
        List<String> groupIds = Params.strings(request.body(), "group_id");
        List<String> tagIds = Params.strings(request.body(), "tag_id");
        ObjectNode body = context.ok();
        ArrayNode groups = body.putArray("tag_group");
        if (!groupIds.isEmpty()) {
            tags.allGroups().stream().filter(g -> groupIds.contains(g.groupId()) && !g.deleted())
                    .forEach(g -> groups.add(groupJson(g, g.tags(), false, true)));
        } else if (!tagIds.isEmpty()) {
            for (TagGroup group : tags.allGroups()) {
                List<Tag> wanted = group.tags().stream().filter(t -> tagIds.contains(t.id())).toList();
                if (!wanted.isEmpty()) {
                    groups.add(groupJson(group, wanted, true, true));
                }
            }
        } else {
            tags.liveGroups().forEach(g -> groups.add(groupJson(g, g.tags(), false, false)));
        }
        return ApiResponse.of(body);
    }

    private ObjectNode groupJson(TagGroup group, List<Tag> groupTags, boolean groupDeleted, boolean tagDeleted) {
        ObjectNode node = context.object();
        node.put("group_id", group.groupId());
        node.put("group_name", group.name());
        node.put("create_time", group.createTime());
        node.put("order", group.order());
        if (groupDeleted) {
            node.put("deleted", group.deleted());
        }
        ArrayNode array = node.putArray("tag");
        for (Tag tag : groupTags) {
            ObjectNode item = array.addObject();
            item.put("id", tag.id());
            item.put("name", tag.name());
            item.put("create_time", tag.createTime());
            item.put("order", tag.order());
            if (tagDeleted) {
                item.put("deleted", tag.deleted());
            }
        }
        return node;
    }

    private ApiResponse add(ApiRequest request) {
        ObjectNode body = request.body();
        JsonNode tagArray = body.get("tag");
        if (tagArray == null || !tagArray.isArray() || tagArray.isEmpty()) {
            throw WeComError.missing("tag");
        }
        return context.model().lock().write(() -> {
            TagGroup group = targetGroup(body);
            Set<String> names = new LinkedHashSet<>();
            List<Long> orders = new ArrayList<>();
            for (JsonNode item : tagArray) {
                String name = item.path("name").asText("");
                if (name.isEmpty()) {
                    throw WeComError.missing("tag.name");
                }
                Params.maxChars(name, MAX_NAME, "tag.name");
                if (group.liveTags().stream().anyMatch(t -> t.name().equals(name))) {
                    throw new WeComError(40071, "UserTag Name Already Exist");
                }
                if (names.add(name)) {
                    orders.add(item.path("order").asLong(0));
                }
            }
            if (tags.liveTagCount() + names.size() > TagStore.MAX_TAGS) {
                throw new WeComError(40126, "tag count exceeds limit " + TagStore.MAX_TAGS);
            }
            long now = context.now();
            // ids are drawn only once the request is known to succeed, so a replayed state file draws the same ones
            String groupId = group.groupId() != null ? group.groupId() : context.ids().tag();
            List<Tag> created = new ArrayList<>();
            int i = 0;
            for (String name : names) {
                created.add(new Tag(context.ids().tag(), groupId, name, now, orders.get(i++), false));
            }
            List<Tag> all = new ArrayList<>(group.tags());
            all.addAll(created);
            TagGroup stored = new TagGroup(groupId, group.name(), group.createTime(), group.order(), false, all);
            tags.putGroup(stored);
            ObjectNode response = context.ok();
            response.set("tag_group", groupJson(stored, created, false, false));
            return ApiResponse.of(response);
        });
    }

    /**
     * The group named by {@code group_id}, the live group named {@code group_name}, or a new (empty) one whose
     * {@code groupId} is still null.
     */
    private TagGroup targetGroup(ObjectNode body) {
        String groupId = Params.text(body, "group_id");
        if (groupId != null && !groupId.isEmpty()) {
            return tags.group(groupId).filter(g -> !g.deleted())
                    .orElseThrow(() -> new WeComError(40068, "invalid tagid"));
        }
        String groupName = Params.requireText(body, "group_name");
        Params.maxChars(groupName, MAX_NAME, "group_name");
        return tags.liveGroupNamed(groupName).orElseGet(() -> new TagGroup(null, groupName,
                context.now(), Params.number(body, "order", 0), false, List.of()));
    }

    private ApiResponse edit(ApiRequest request) {
        String id = Params.requireText(request.body(), "id");
        String name = Params.text(request.body(), "name");
        Params.maxChars(name, MAX_NAME, "name");
        return context.model().lock().write(() -> {
            var group = tags.group(id).filter(g -> !g.deleted());
            if (group.isPresent()) {
                renameGroup(group.get(), name, request.body());
            } else {
                Tag tag = tags.liveTag(id).orElseThrow(() -> new WeComError(40068, "invalid tagid"));
                TagGroup owner = tags.group(tag.groupId()).orElseThrow();
                if (name != null && owner.liveTags().stream()
                        .anyMatch(t -> t.name().equals(name) && !t.id().equals(id))) {
                    throw new WeComError(40071, "UserTag Name Already Exist");
                }
                tags.replaceTag(tag.renamed(name == null || name.isEmpty() ? tag.name() : name,
                        Params.number(request.body(), "order", tag.order())));
            }
            return ApiResponse.of(context.ok());
        });
    }

    private void renameGroup(TagGroup group, String name, ObjectNode body) {
        if (name != null && tags.liveGroups().stream()
                .anyMatch(g -> g.name().equals(name) && !g.groupId().equals(group.groupId()))) {
            throw new WeComError(40071, "UserTag Name Already Exist");
        }
        tags.putGroup(new TagGroup(group.groupId(), name == null || name.isEmpty() ? group.name() : name,
                group.createTime(), Params.number(body, "order", group.order()), false, group.tags()));
    }

    private ApiResponse delete(ApiRequest request) {
        List<String> tagIds = Params.strings(request.body(), "tag_id");
        List<String> groupIds = Params.strings(request.body(), "group_id");
        if (tagIds.isEmpty() && groupIds.isEmpty()) {
            throw WeComError.missing("tag_id or group_id");
        }
        return context.model().lock().write(() -> {
            tagIds.forEach(id -> tags.liveTag(id).orElseThrow(() -> new WeComError(40068, "invalid tagid")));
            groupIds.forEach(id -> tags.group(id).filter(g -> !g.deleted())
                    .orElseThrow(() -> new WeComError(40068, "invalid tagid")));
            Set<String> removed = new LinkedHashSet<>(tagIds);
            for (String groupId : groupIds) {
                TagGroup group = tags.group(groupId).orElseThrow();
                group.liveTags().forEach(t -> removed.add(t.id()));
                tags.putGroup(new TagGroup(group.groupId(), group.name(), group.createTime(), group.order(), true,
                        group.tags().stream().map(Tag::markDeleted).toList()));
            }
            tagIds.forEach(id -> tags.tag(id).filter(t -> !t.deleted()).ifPresent(t -> tags.replaceTag(
                    t.markDeleted())));
            context.model().contacts().removeTagsEverywhere(removed);
            return ApiResponse.of(context.ok());
        });
    }

    private ApiResponse mark(ApiRequest request) {
        String userid = Params.requireText(request.body(), "userid");
        String externalUserid = Params.requireText(request.body(), "external_userid");
        List<String> add = Params.strings(request.body(), "add_tag");
        List<String> remove = Params.strings(request.body(), "remove_tag");
        if (add.isEmpty() && remove.isEmpty()) {
            throw WeComError.missing("add_tag or remove_tag");
        }
        return context.model().lock().write(() -> {
            context.model().org().member(userid).orElseThrow(() -> WeComError.invalidUserid(userid));
            context.model().contacts().contact(externalUserid)
                    .orElseThrow(() -> new WeComError(40096, "invalid external userid"));
            for (String id : add) {
                tags.liveTag(id).orElseThrow(() -> new WeComError(40068, "invalid tagid " + id));
            }
            for (String id : remove) {
                tags.tag(id).orElseThrow(() -> new WeComError(40068, "invalid tagid " + id));
            }
            context.model().contacts().update(userid, externalUserid, follow -> retag(follow, add, remove));
            return ApiResponse.of(context.ok());
        });
    }

    private static Follow retag(Follow follow, List<String> add, List<String> remove) {
        Set<String> result = new LinkedHashSet<>(follow.tagIds());
        remove.forEach(result::remove);
        result.addAll(add);
        return follow.withTags(List.copyOf(result));
    }
}
