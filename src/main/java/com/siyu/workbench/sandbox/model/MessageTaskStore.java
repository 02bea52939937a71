package com.siyu.workbench.sandbox.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Mass-send tasks and WeCom's receipt quota: a customer receives at most one mass message per day (Asia/Shanghai),
 * so when a member confirms a send, recipients who already got one that day end with status 3.
 */
public final class MessageTaskStore {
    private final ModelLock lock;
    private final Map<String, MessageTask> tasks = new LinkedHashMap<>();
    private final Map<String, Long> lastReceiptDay = new HashMap<>();
    private final List<AppMessage> appMessages = new ArrayList<>();

    public MessageTaskStore(ModelLock lock) {
        this.lock = lock;
    }

    public void add(MessageTask task) {
        lock.write(() -> {
            tasks.put(task.msgid(), task);
        });
    }

    public Optional<MessageTask> task(String msgid) {
        return lock.read(() -> Optional.ofNullable(tasks.get(msgid)));
    }

    public List<MessageTask> tasks() {
        return lock.read(() -> List.copyOf(tasks.values()));
    }

    /**
     * The member confirms the task in their WeCom client: each unsent customer recipient becomes 1 (sent), 2 (no
     * longer a friend, per {@code isFriend}) or 3 (already received a mass message on {@code day}); group recipients
     * become 1. Returns the updated task, or empty when the member had nothing pending in it.
     */
    public Optional<MessageTask> confirm(String msgid, String userid, long now, long day,
                                         BiPredicate<String, String> isFriend) {
        return lock.write(() -> {
            MessageTask task = tasks.get(msgid);
            if (task == null) {
                return Optional.empty();
            }
            List<SenderStatus> senders = new ArrayList<>(task.senders());
            for (int i = 0; i < senders.size(); i++) {
                SenderStatus sender = senders.get(i);
                if (sender.userid().equals(userid) && sender.pending()) {
                    List<Recipient> done = sender.recipients().stream()
                            .map(r -> deliver(r, now, day, isFriend)).toList();
                    senders.set(i, new SenderStatus(userid, SenderStatus.SENT, now, done));
                    MessageTask updated = task.withSenders(senders);
                    tasks.put(msgid, updated);
                    return Optional.of(updated);
                }
            }
            return Optional.empty();
        });
    }

    private Recipient deliver(Recipient recipient, long now, long day, BiPredicate<String, String> isFriend) {
        if (recipient.status() != Recipient.UNSENT) {
            return recipient;
        }
        if (recipient.externalUserid() == null) {
            return recipient.withStatus(Recipient.SENT, now);
        }
        if (!isFriend.test(recipient.userid(), recipient.externalUserid())) {
            return recipient.withStatus(Recipient.NOT_FRIEND, now);
        }
        Long last = lastReceiptDay.get(recipient.externalUserid());
        if (last != null && last == day) {
            return recipient.withStatus(Recipient.QUOTA, now);
        }
        lastReceiptDay.put(recipient.externalUserid(), day);
        return recipient.withStatus(Recipient.SENT, now);
    }

    public void addAppMessage(AppMessage message) {
        lock.write(() -> {
            appMessages.add(message);
        });
    }

    public List<AppMessage> appMessages() {
        return lock.read(() -> List.copyOf(appMessages));
    }
}
