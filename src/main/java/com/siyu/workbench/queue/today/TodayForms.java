package com.siyu.workbench.queue.today;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.queue.QueueModule;
import com.siyu.workbench.queue.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The small forms that open over the task card (skip reason, snooze time, note, tags): what they offer, what they
 * refuse (an empty reason or note only says so), and the write each one starts when confirmed.
 */
public final class TodayForms {
    private final QueueModule queue;
    private final Messages messages;
    private final Clock clock;
    private final TodayCommands commands;
    private final TodayPanels panels;
    private final TodayWrites writes;

    TodayForms(QueueModule queue, Messages messages, TodayCommands commands, TodayPanels panels,
               TodayWrites writes) {
        this.queue = queue;
        this.messages = messages;
        this.clock = queue.clock();
        this.commands = commands;
        this.panels = panels;
        this.writes = writes;
    }

    /** Skips the focused task with the reason the guide picked or typed. */
    public void confirmSkip(String reason) {
        if (!commands.allows(TodayAction.SKIP)) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            writes.tell("queue.action.error.reasonRequired");
            return;
        }
        panels.close();
        writes.finish(TaskStatus.SKIPPED, (who, id) -> queue.actions().skip(who, id, reason),
                "queue.today.notice.skipped");
    }

    public void confirmSnooze(SnoozeOption option) {
        Instant until = option.until(clock.instant(), clock.getZone());
        if (until != null) {
            confirmSnooze(until);
        }
    }

    public void confirmSnooze(Instant until) {
        if (!commands.allows(TodayAction.SNOOZE)) {
            return;
        }
        panels.close();
        writes.finish(TaskStatus.SNOOZED, (who, id) -> queue.actions().snooze(who, id, until),
                "queue.today.notice.snoozed");
    }

    public void saveNote(String text) {
        if (text == null || text.isBlank()) {
            writes.tell("queue.action.error.noteEmpty");
            return;
        }
        panels.close();
        writes.edit((who, task) -> queue.contactEdits().addNote(who, task.contactId(), text, task.id()),
                "queue.today.notice.noted");
    }

    /** Replaces the contact's tags with {@code selected}: the difference is applied locally and queued for WeCom. */
    public void saveTags(Set<String> selected) {
        panels.close();
        writes.edit((who, task) -> queue.contactEdits().setTags(who, task.contactId(), selected),
                "queue.today.notice.tagged");
    }

    /** The usual reasons offered in the skip form, numbered from 1 in the bundle. */
    public List<String> skipPresets() {
        List<String> presets = new ArrayList<>();
        for (int i = 1; messages.has("queue.today.skip.preset." + i); i++) {
            presets.add(messages.get("queue.today.skip.preset." + i));
        }
        return presets;
    }
}
