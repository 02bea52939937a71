package com.siyu.workbench.sandbox.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customer groups ({@code wr…}), in creation order. */
public final class GroupChatStore {
    private final ModelLock lock;
    private final Map<String, GroupChat> chats = new LinkedHashMap<>();

    public GroupChatStore(ModelLock lock) {
        this.lock = lock;
    }

    public void put(GroupChat chat) {
        lock.write(() -> {
            chats.put(chat.chatId(), chat);
        });
    }

    public List<GroupChat> chats() {
        return lock.read(() -> List.copyOf(chats.values()));
    }

    public Optional<GroupChat> chat(String chatId) {
        return lock.read(() -> Optional.ofNullable(chats.get(chatId)));
    }

    public List<GroupChat> ownedBy(String userid) {
        return lock.read(() -> chats.values().stream().filter(c -> c.owner().equals(userid)).toList());
    }
}
