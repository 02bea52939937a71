package com.siyu.workbench.sandbox.model;

/**
 * The live in-memory state of the sandbox corp, which the write endpoints really change. Each part is a small store
 * guarded by the one {@link ModelLock}; tests read it through {@code SandboxServer.model()}.
 */
public final class SandboxModel {
    private final ModelLock lock = new ModelLock();
    private final OrgStore org;
    private final ContactStore contacts = new ContactStore(lock);
    private final TagStore tags = new TagStore(lock);
    private final GroupChatStore groupChats = new GroupChatStore(lock);
    private final MessageTaskStore messageTasks = new MessageTaskStore(lock);
    private final WayStore ways = new WayStore(lock);

    public SandboxModel(OrgStore org) {
        this.org = org;
    }

    public ModelLock lock() {
        return lock;
    }

    /** Departments and members. */
    public OrgStore org() {
        return org;
    }

    /** Customers and follow relations (with tags, remarks, state, lost). */
    public ContactStore contacts() {
        return contacts;
    }

    /** Corp tag groups and tags. */
    public TagStore tags() {
        return tags;
    }

    public GroupChatStore groupChats() {
        return groupChats;
    }

    /** Mass-send tasks with per-member status, and app messages sent through message/send. */
    public MessageTaskStore messageTasks() {
        return messageTasks;
    }

    /** Contact ways, join ways and group welcome templates. */
    public WayStore ways() {
        return ways;
    }
}
