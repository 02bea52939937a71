package com.siyu.workbench.queue.today;

import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.queue.DaySummary;
import com.siyu.workbench.queue.QueueModule;
import com.siyu.workbench.queue.ReasonText;
import com.siyu.workbench.queue.TagRef;
import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import com.siyu.workbench.ui.DialogService;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The guide's walk through the day: the sectioned list, the focused task card, the progress, and every action as a
 * command with an enabled binding. After an action the next open task is focused at once (the list is updated in
 * place); the write runs in the background and the day is re-read to confirm it. This class coordinates: the list
 * and focus live in {@link TodayFocus}, reading in {@link TodayReader}, writing in {@link TodayWrites}, what may
 * run in {@link TodayCommands}, the panels and the day's summary in {@link TodayPanels}, their forms in
 * {@link TodayForms}.
 */
public final class TodayViewModel {
    private final QueueModule queue;
    private final Supplier<Actor> actor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<String> clipboard;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final IntegerProperty searchRequests = new SimpleIntegerProperty(this, "searchRequests", 0);
    private final ObservableList<TagRef> allTags = FXCollections.observableArrayList();
    private final TodayFocus list;
    private final TodayReader reader;
    private final TodayWrites writes;
    private final TodayPanels panels;
    private final TodayCommands commands;
    private final TodayForms forms;

    private String loadedFor;

    public TodayViewModel(QueueModule queue, Supplier<Actor> actor, TaskExecutor executor, DialogService dialogs,
                          Messages messages, Consumer<String> clipboard) {
        this.queue = queue;
        this.actor = actor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = queue.clock();
        this.clipboard = clipboard;
        this.list = new TodayFocus(messages, new ReasonText(messages, clock.getZone()), clock);
        this.reader = new TodayReader(queue, executor);
        this.writes = new TodayWrites(actor, executor, dialogs, messages, list, this::reread);
        this.panels = new TodayPanels(queue, actor, executor, writes::failed);
        this.commands = new TodayCommands(list.focusedProperty(), list.cardProperty(), panels.panelProperty(),
                reader.loadingProperty());
        this.forms = new TodayForms(queue, messages, commands, panels, writes);
        search.addListener((obs, old, now) -> list.search(now));
    }

    // ---- loading -------------------------------------------------------------------------------------------

    /** Opens today (generating it first); again only if the day or the member changed since. */
    public void refreshIfStale() {
        Actor who = guide();
        if (who != null && (!who.userid().equals(loadedFor) || !queue.days().today().equals(list.day()))) {
            load();
        }
    }

    public void load() {
        Actor who = guide();
        if (who != null) {
            reader.open(who, result -> show(result, who.userid(), true), this::readFailed);
        }
    }

    /** The member when they have a queue: a switch to a lead or a reviewer leaves this screen, nothing to open. */
    private Actor guide() {
        Actor who = actor.get();
        return who != null && AccessPolicy.allows(who, Permission.WORK_OWN_QUEUE) ? who : null;
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
        TaskCard focused = list.focusedProperty().get();
        String keep = focused == null || !sameMember ? null : focused.id();
        if (!sameMember || !result.day().equals(list.day())) {
            panels.newDay();
        }
        loadedFor = member;
        allTags.setAll(result.tags());
        list.show(result.day(), result.tasks(), result.messages(), keep, focusFirst);
        panels.offerSummaryWhen(list.allHandled(), list.day());
    }

    private void readFailed(Throwable error) {
        dialogs.showErrorWithDetails(messages.get("queue.today.error.loadTitle"), messages.get("queue.today.error.body"),
                error);
    }

    /** Focuses the row the guide clicked (headers focus nothing). */
    public void select(int index) {
        list.select(index);
    }

    // ---- commands ------------------------------------------------------------------------------------------

    public BooleanBinding enabledProperty(TodayAction action) {
        return commands.enabledProperty(action);
    }

    /** Runs an action if it is enabled; returns whether it ran (the view consumes the key only then). */
    public boolean execute(TodayAction action) {
        if (!commands.allows(action)) {
            return false;
        }
        if (action.actsOnTask() && panels.overlayOpen()) {
            closePanel();
        }
        switch (action) {
            case NEXT -> list.move(1);
            case PREVIOUS -> list.move(-1);
            case SEND -> writes.send(queue.actions()::send);
            case COPY -> {
                clipboard.accept(list.cardProperty().get().message());
                writes.finish(TaskStatus.DONE, queue.actions()::copied, "queue.today.notice.copied");
            }
            case DONE -> writes.finish(TaskStatus.DONE, queue.actions()::done, "queue.today.notice.done");
            case SKIP -> panels.open(TodayPanel.SKIP);
            case SNOOZE -> panels.open(TodayPanel.SNOOZE);
            case NOTE -> panels.open(TodayPanel.NOTE);
            case TAGS -> panels.open(TodayPanel.TAGS);
            case REPLIED -> writes.edit((who, task) -> queue.replies().replied(who, task.contactId(), task.id()),
                    "queue.today.notice.replied");
            case SEARCH -> searchRequests.set(searchRequests.get() + 1);
            case SUMMARY -> panels.toggle(TodayPanel.SUMMARY, list.day());
            case HELP -> panels.toggle(TodayPanel.HELP, list.day());
            default -> throw new IllegalStateException(action.name());
        }
        return true;
    }

    public void closePanel() {
        panels.close();
    }

    /** The forms that open over the task card (skip, snooze, note, tags). */
    public TodayForms forms() {
        return forms;
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ObservableList<TodayRow> rows() {
        return list.rows();
    }

    public IntegerProperty focusIndexProperty() {
        return list.focusIndexProperty();
    }

    public ObjectProperty<TaskCard> focusedProperty() {
        return list.focusedProperty();
    }

    public ObjectProperty<CardText> cardProperty() {
        return list.cardProperty();
    }

    public ObjectProperty<TodayPanel> panelProperty() {
        return panels.panelProperty();
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
        return list.dateTextProperty();
    }

    public StringProperty noticeProperty() {
        return writes.noticeProperty();
    }

    public BooleanProperty loadingProperty() {
        return reader.loadingProperty();
    }

    public ObjectProperty<DaySummary> summaryProperty() {
        return panels.summaryProperty();
    }

    /** Grows each time the guide asks to search ("/"): the view then focuses the search field. */
    public IntegerProperty searchRequestsProperty() {
        return searchRequests;
    }

    public ObservableList<TagRef> allTags() {
        return allTags;
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }
}
