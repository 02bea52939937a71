package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.Contact;
import com.siyu.workbench.sandbox.model.Follow;
import com.siyu.workbench.sandbox.model.TagStore;
import java.io.UncheckedIOException;

/** The JSON shapes of a customer ({@code external_contact}) and a relation ({@code follow_info} / {@code follow_user[]}). */
public final class ContactViews {
    private final ObjectMapper mapper;
    private final TagStore tags;

    public ContactViews(ObjectMapper mapper, TagStore tags) {
        this.mapper = mapper;
        this.tags = tags;
    }

    public ObjectNode externalContact(Contact contact) {
        ObjectNode node = mapper.createObjectNode();
        node.put("external_userid", contact.externalUserid());
        node.put("name", contact.name());
        if (contact.type() == 2) {
            node.put("position", contact.position());
        }
        node.put("avatar", contact.avatar());
        if (contact.type() == 2) {
            node.put("corp_name", contact.corpName());
            node.put("corp_full_name", contact.corpFullName());
        }
        node.put("type", contact.type());
        node.put("gender", contact.gender());
        if (contact.unionid() != null) {
            node.put("unionid", contact.unionid());
        }
        if (contact.type() == 2) {
            node.putObject("external_profile").putArray("external_attr");
        }
        return node;
    }

    /** batch/get_by_user's {@code follow_info}: corp tags as {@code tag_id} only. */
    public ObjectNode followInfo(Follow follow) {
        ObjectNode node = common(follow);
        ArrayNode tagIds = node.putArray("tag_id");
        follow.tagIds().forEach(tagIds::add);
        return finish(node, follow);
    }

    /** externalcontact/get's {@code follow_user[]} item: tags with group and tag names. */
    public ObjectNode followUser(Follow follow) {
        ObjectNode node = common(follow);
        ArrayNode tagArray = node.putArray("tags");
        for (String tagId : follow.tagIds()) {
            tags.liveTag(tagId).ifPresent(tag -> {
                ObjectNode item = tagArray.addObject();
                item.put("group_name", tags.group(tag.groupId()).map(g -> g.name()).orElse(""));
                item.put("tag_name", tag.name());
                item.put("tag_id", tag.id());
                item.put("type", 1);
            });
        }
        return finish(node, follow);
    }

    /** One batch/get_by_user list element, serialised. */
    public byte[] batchItem(Follow follow, Contact contact) {
        ObjectNode item = mapper.createObjectNode();
        item.set("external_contact", externalContact(contact));
        item.set("follow_info", followInfo(follow));
        try {
            return mapper.writeValueAsBytes(item);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode common(Follow follow) {
        ObjectNode node = mapper.createObjectNode();
        node.put("userid", follow.userid());
        node.put("remark", follow.remark());
        node.put("description", follow.description());
        node.put("createtime", follow.createtime());
        return node;
    }

    private ObjectNode finish(ObjectNode node, Follow follow) {
        node.put("remark_corp_name", follow.remarkCorpName());
        ArrayNode mobiles = node.putArray("remark_mobiles");
        follow.remarkMobiles().forEach(mobiles::add);
        node.put("oper_userid", follow.operUserid());
        node.put("add_way", follow.addWay());
        if (follow.state() != null) {
            node.put("state", follow.state());
        }
        return node;
    }
}
