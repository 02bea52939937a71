package com.siyu.workbench.queue.today;

import com.siyu.workbench.contacts.ContactEditException;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.queue.QueueActionException;
import com.siyu.workbench.queue.SendOutcome;
import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import com.siyu.workbench.ui.DialogService;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the guide does to a task or its contact, written in the background: an action that finishes the task is
 * shown at once (the next open task is focused), then written, then the day is re-read to confirm it. The outcome
 * is a one-line notice; a refusal is a notice too, anything else an error dialog.
 */
final class TodayWrites {
    /** A write on behalf of the guide about one task. */
    interface Write {
        void run(Actor who, TaskCard task);
    }

    private final Supplier<Actor> actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final TodayFocus list;
    private final Runnable reread;
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");

    TodayWrites(Supplier<Actor> actor, TaskExecutor executor, DialogService dialogs, Messages messages,
                TodayFocus list, Runnable reread) {
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.list = list;
        this.reread = reread;
    }

    /** Queues the focused task's message to WeCom; the notice says whether it went out or was held by a cap. */
    void send(BiFunction<Actor, String, SendOutcome> sending) {
        TaskCard task = list.focusedProperty().get();
        Actor who = actor.get();
        list.markLocally(task, TaskStatus.SENT);
        BackgroundTask.wrap(progress -> sending.apply(who, task.id()))
                .onSuccess(outcome -> done(outcome == SendOutcome.SENT ? "queue.today.notice.sent"
                        : "queue.today.notice.held", task))
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** An action that finishes the focused task ({@code status} shown at once). */
    void finish(TaskStatus status, BiConsumer<Actor, String> work, String noticeKey) {
        TaskCard task = list.focusedProperty().get();
        Actor who = actor.get();
        list.markLocally(task, status);
        BackgroundTask.wrap(() -> work.accept(who, task.id()))
                .onSuccess(ignored -> done(noticeKey, task))
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** A write about the focused task's contact (note, tags, reply) that leaves the task's state to the re-read. */
    void edit(Write work, String noticeKey) {
        TaskCard task = list.focusedProperty().get();
        Actor who = actor.get();
        BackgroundTask.wrap(() -> work.run(who, task))
                .onSuccess(ignored -> done(noticeKey, task))
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void done(String noticeKey, TaskCard task) {
        notice.set(messages.get(noticeKey, display(task)));
        reread.run();
    }

    void failed(Throwable error) {
        if (error instanceof QueueActionException refused) {
            notice.set(messages.get(refused.messageKey(), refused.args()));
        } else if (error instanceof ContactEditException refused) {
            notice.set(messages.get(refused.messageKey(), refused.args()));
        } else {
            dialogs.showErrorWithDetails(messages.get("queue.today.error.title"),
                    messages.get("queue.today.error.body"), error);
        }
        if (list.day() != null) {
            reread.run();
        }
    }

    /** Says something without writing (a field left empty). */
    void tell(String key) {
        notice.set(messages.get(key));
    }

    StringProperty noticeProperty() {
        return notice;
    }

    private static String display(TaskCard task) {
        return task.remark() != null && !task.remark().isBlank() ? task.remark() : task.contactName();
    }
}
