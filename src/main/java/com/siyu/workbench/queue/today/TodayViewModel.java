package com.siyu.workbench.queue.today;

import com.siyu.workbench.contacts.ContactEditException;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.queue.DaySummary;
import com.siyu.workbench.queue.QueueActionException;
import com.siyu.workbench.queue.QueueModule;
import com.siyu.workbench.queue.ReasonText;
import com.siyu.workbench.queue.SendOutcome;
import com.siyu.workbench.queue.TagRef;
import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import com.siyu.workbench.ui.DialogService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The guide's walk through the day: the sectioned list, the focused task card, the progress, and every action as a
 * command with an enabled binding. After an action the next open task is focused at once (the list is updated in
 * place); the write runs in the background and the day is re-read to confirm it.
 */
public final class TodayViewModel {
    private final QueueModule queue;
    private final Supplier<Actor> actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<String> clipboard;
    private final ReasonText reasons;

    private final ObjectProperty<TodayPanel> panel = new SimpleObjectProperty<>(this, "panel", TodayPanel.NONE);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty dateText = new SimpleStringProperty(this, "dateText", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final ObjectProperty<DaySummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final IntegerProperty searchRequests = new SimpleIntegerProperty(this, "searchRequests", 0);
    private final ObservableList<TagRef> allTags = FXCollections.observableArrayList();
    private final Map<TodayAction, BooleanBinding> enabled = new EnumMap<>(TodayAction.class);
    private final TodayFocus list;
    private final ObjectProperty<TaskCard> focused;
    private final ObjectProperty<CardText> card;
    private final TodayReader reader;
    private final BooleanProperty loading;

    private String loadedFor;
    private boolean summaryOffered;

    public TodayViewModel(QueueModule queue, Supplier<Actor> actor, TaskExecutor executor, DialogService dialogs,
                          Messages messages, Consumer<String> clipboard) {
        this.queue = queue;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = queue.clock();
        this.clipboard = clipboard;
        this.reasons = new ReasonText(messages, clock.getZone());
        this.list = new TodayFocus(messages, reasons, clock);
        this.focused = list.focusedProperty();
        this.card = list.cardProperty();
        this.reader = new TodayReader(queue, executor);
        this.loading = reader.loadingProperty();
        search.addListener((obs, old, now) -> list.search(now));
        for (TodayAction action : TodayAction.values()) {
            enabled.put(action, Bindings.createBooleanBinding(() -> isEnabled(action), focused, card, panel, loading));
        }
    }

    // ---- loading -------------------------------------------------------------------------------------------

    /** Opens today (generating it first); again only if the day or the member changed since. */
    public void refreshIfStale() {
        Actor who = actor.get();
        if (who == null || !AccessPolicy.allows(who, Permission.WORK_OWN_QUEUE)) {
            return;
        }
        if (!who.userid().equals(loadedFor) || !queue.days().today().equals(list.day())) {
            load();
        }
    }

    public void load() {
        Actor who = actor.get();
        // A member switch to someone without a queue (a lead, a reviewer) leaves this screen: nothing to open.
        if (who == null || !AccessPolicy.allows(who, Permission.WORK_OWN_QUEUE)) {
            return;
        }
        reader.open(who, result -> show(result, who.userid(), true), this::readFailed);
    }

    private void reread() {
        Actor who = actor.get();
        reader.reread(who, list.day(), result -> show(result, who.userid(), false), this::readFailed);
    }

    /**
     * Drops a read still in flight (the screen is hidden or closing); its result would be stale anyway. Writes are
     * never cancelled: an action the guide took always completes.
     */
    public void cancelReads() {
        reader.cancel();
    }

    private void show(TodayReader.LoadedDay result, String member, boolean focusFirst) {
        boolean sameMember = member.equals(loadedFor);
        String keep = focused.get() == null || !sameMember ? null : focused.get().id();
        if (!sameMember || !result.day().equals(list.day())) {
            summaryOffered = false;
        }
        loadedFor = member;
        LocalDate day = result.day();
        allTags.setAll(result.tags());
        dateText.set(messages.get("queue.today.date", reasons.shortDate(day),
                messages.get("queue.today.weekday." + day.getDayOfWeek().getValue())));
        list.show(day, result.tasks(), result.messages(), keep, focusFirst);
        offerSummaryWhenDone();
    }

    /** Once the last task of the day is handled (as written, not just as shown), the summary opens by itself. */
    private void offerSummaryWhenDone() {
        if (!summaryOffered && list.allHandled()) {
            summaryOffered = true;
            openSummary();
        }
    }

    /** Focuses the row the guide clicked (headers focus nothing). */
    public void select(int index) {
        list.select(index);
    }

    // ---- commands ------------------------------------------------------------------------------------------

    public BooleanBinding enabledProperty(TodayAction action) {
        return enabled.get(action);
    }

    private boolean isEnabled(TodayAction action) {
        if (loading.get()) {
            return false;
        }
        TaskCard task = focused.get();
        boolean open = task != null && (task.status() == TaskStatus.OPEN || task.status() == TaskStatus.SNOOZED);
        return switch (action) {
            case NEXT, PREVIOUS -> task != null;
            case SEARCH, HELP, SUMMARY -> true;
            case SEND -> open && card.get() != null && card.get().sendable();
            case COPY -> open && card.get() != null && !card.get().message().isBlank();
            case DONE, SKIP, SNOOZE -> open;
            case NOTE, TAGS, REPLIED -> task != null && !task.lost();
        };
    }

    /** Runs an action if it is enabled; returns whether it ran (the view consumes the key only then). */
    public boolean execute(TodayAction action) {
        if (!enabled.get(action).get()) {
            return false;
        }
        if (action.actsOnTask() && (panel.get() == TodayPanel.HELP || panel.get() == TodayPanel.SUMMARY)) {
            closePanel();
        }
        switch (action) {
            case NEXT -> list.move(1);
            case PREVIOUS -> list.move(-1);
            case SEND -> send();
            case COPY -> copy();
            case DONE -> act(TaskStatus.DONE, queue.actions()::done, "queue.today.notice.done");
            case SKIP -> panel.set(TodayPanel.SKIP);
            case SNOOZE -> panel.set(TodayPanel.SNOOZE);
            case NOTE -> panel.set(TodayPanel.NOTE);
            case TAGS -> openTags();
            case REPLIED -> replied();
            case SEARCH -> searchRequests.set(searchRequests.get() + 1);
            case SUMMARY -> toggle(TodayPanel.SUMMARY);
            case HELP -> toggle(TodayPanel.HELP);
            default -> throw new IllegalStateException(action.name());
        }
        return true;
    }

    public void closePanel() {
        panel.set(TodayPanel.NONE);
    }

    private void toggle(TodayPanel which) {
        if (panel.get() == which) {
            closePanel();
        } else if (which == TodayPanel.SUMMARY) {
            openSummary();
        } else {
            panel.set(which);
        }
    }

    private void send() {
        TaskCard task = focused.get();
        Actor who = actor.get();
        list.markLocally(task, TaskStatus.SENT);
        BackgroundTask.wrap(progress -> queue.actions().send(who, task.id()))
                .onSuccess(outcome -> {
                    notice.set(messages.get(outcome == SendOutcome.SENT ? "queue.today.notice.sent"
                            : "queue.today.notice.held", display(task)));
                    reread();
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void copy() {
        clipboard.accept(card.get().message());
        act(TaskStatus.DONE, queue.actions()::copied, "queue.today.notice.copied");
    }

    /** Skips the focused task with the reason the guide picked or typed. */
    public void confirmSkip(String reason) {
        if (!enabled.get(TodayAction.SKIP).get()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            notice.set(messages.get("queue.action.error.reasonRequired"));
            return;
        }
        closePanel();
        act(TaskStatus.SKIPPED, (who, id) -> queue.actions().skip(who, id, reason), "queue.today.notice.skipped");
    }

    public void confirmSnooze(SnoozeOption option) {
        Instant until = option.until(clock.instant(), clock.getZone());
        if (until != null) {
            confirmSnooze(until);
        }
    }

    public void confirmSnooze(Instant until) {
        if (!enabled.get(TodayAction.SNOOZE).get()) {
            return;
        }
        closePanel();
        act(TaskStatus.SNOOZED, (who, id) -> queue.actions().snooze(who, id, until), "queue.today.notice.snoozed");
    }

    public void saveNote(String text) {
        if (text == null || text.isBlank()) {
            notice.set(messages.get("queue.action.error.noteEmpty"));
            return;
        }
        TaskCard task = focused.get();
        Actor who = actor.get();
        closePanel();
        background(() -> queue.contactEdits().addNote(who, task.contactId(), text), "queue.today.notice.noted",
                task);
    }

    private void openTags() {
        panel.set(TodayPanel.TAGS);
    }

    /** Replaces the contact's tags with {@code selected}: the difference is applied locally and queued for WeCom. */
    public void saveTags(Set<String> selected) {
        TaskCard task = focused.get();
        Actor who = actor.get();
        closePanel();
        background(() -> queue.contactEdits().setTags(who, task.contactId(), selected), "queue.today.notice.tagged",
                task);
    }

    private void replied() {
        TaskCard task = focused.get();
        Actor who = actor.get();
        background(() -> queue.replies().replied(who, task.contactId(), task.id()), "queue.today.notice.replied",
                task);
    }

    private void openSummary() {
        Actor who = actor.get();
        LocalDate which = list.day();
        BackgroundTask.wrap(progress -> queue.days().summary(who, which))
                .onSuccess(result -> {
                    summary.set(result);
                    panel.set(TodayPanel.SUMMARY);
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** An action that finishes the task: shown at once, written in the background, then the day is re-read. */
    private void act(TaskStatus status, BiConsumer<Actor, String> work, String noticeKey) {
        TaskCard task = focused.get();
        Actor who = actor.get();
        list.markLocally(task, status);
        BackgroundTask.wrap(() -> work.accept(who, task.id()))
                .onSuccess(ignored -> {
                    notice.set(messages.get(noticeKey, display(task)));
                    reread();
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void background(Runnable work, String noticeKey, TaskCard task) {
        BackgroundTask.wrap(work)
                .onSuccess(ignored -> {
                    notice.set(messages.get(noticeKey, display(task)));
                    reread();
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private String display(TaskCard task) {
        return task.remark() != null && !task.remark().isBlank() ? task.remark() : task.contactName();
    }

    private void readFailed(Throwable error) {
        dialogs.showErrorWithDetails(messages.get("queue.today.error.loadTitle"), messages.get("queue.today.error.body"),
                error);
    }

    private void failed(Throwable error) {
        if (error instanceof QueueActionException refused) {
            notice.set(messages.get(refused.messageKey(), refused.args()));
        } else if (error instanceof ContactEditException refused) {
            notice.set(messages.get(refused.messageKey(), refused.args()));
        } else {
            dialogs.showErrorWithDetails(messages.get("queue.today.error.title"),
                    messages.get("queue.today.error.body"), error);
        }
        if (list.day() != null) {
            reread();
        }
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ObservableList<TodayRow> rows() {
        return list.rows();
    }

    public IntegerProperty focusIndexProperty() {
        return list.focusIndexProperty();
    }

    public ObjectProperty<TaskCard> focusedProperty() {
        return focused;
    }

    public ObjectProperty<CardText> cardProperty() {
        return card;
    }

    public ObjectProperty<TodayPanel> panelProperty() {
        return panel;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty progressTextProperty() {
        return list.progressTextProperty();
    }

    public DoubleProperty progressProperty() {
        return list.progressProperty();
    }

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<DaySummary> summaryProperty() {
        return summary;
    }

    /** Grows each time the guide asks to search ("/"): the view then focuses the search field. */
    public IntegerProperty searchRequestsProperty() {
        return searchRequests;
    }

    public ObservableList<TagRef> allTags() {
        return allTags;
    }

    public List<String> skipPresets() {
        List<String> presets = new ArrayList<>();
        for (int i = 1; messages.has("queue.today.skip.preset." + i); i++) {
            presets.add(messages.get("queue.today.skip.preset." + i));
        }
        return presets;
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }
}
