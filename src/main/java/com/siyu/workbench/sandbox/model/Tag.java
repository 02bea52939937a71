package com.siyu.workbench.sandbox.model;

/** A corp tag ({@code et…}); deleted tags are kept so a query by id can report {@code deleted:true}. */
public record Tag(String id, String groupId, String name, long createTime, long order, boolean deleted) {
    public Tag renamed(String newName, long newOrder) {
        return new Tag(id, groupId, newName, createTime, newOrder, deleted);
    }

    public Tag markDeleted() {
        return new Tag(id, groupId, name, createTime, order, true);
    }
}
