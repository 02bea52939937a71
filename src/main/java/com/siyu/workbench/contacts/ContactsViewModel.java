package com.siyu.workbench.contacts;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.core.TaskHandle;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contact list: search text and filters in, pages of rows out. Every change restarts the search after a short
 * pause (debounced), runs it off the FX thread, drops answers to superseded searches, shows the first page as soon
 * as it is there and the total count after it; more pages load as the table scrolls near its end.
 */
public final class ContactsViewModel {
    public static final int PAGE = 50;

    private final ContactService contacts;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Supplier<Actor> actor;
    private final Messages messages;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<TagMode> tagMode = new SimpleObjectProperty<>(this, "tagMode", TagMode.ANY);
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObservableList<String> stages = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> addedFrom = new SimpleObjectProperty<>(this, "addedFrom");
    private final ObjectProperty<LocalDate> addedTo = new SimpleObjectProperty<>(this, "addedTo");
    private final ObjectProperty<Integer> notTouchedDays = new SimpleObjectProperty<>(this, "notTouchedDays");
    private final ObjectProperty<FollowStatusFilter> status =
            new SimpleObjectProperty<>(this, "status", FollowStatusFilter.ANY);
    private final ObjectProperty<ContactSort> sort = new SimpleObjectProperty<>(this, "sort", ContactSort.ADDED_NEWEST);

    private final ObservableList<ContactRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyBooleanWrapper teamScope = new ReadOnlyBooleanWrapper(this, "teamScope");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<TagGroup> tagGroups = FXCollections.observableArrayList();
    private final ObservableList<Map.Entry<String, String>> channelChoices = FXCollections.observableArrayList();
    private final ObservableList<SavedFilter> savedFilters = FXCollections.observableArrayList();
    private final ObjectProperty<ContactRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty filtersShown = new SimpleBooleanProperty(this, "filtersShown");

    private long generation;
    private boolean active;
    private TaskHandle running;
    private boolean applyingSaved;

    public ContactsViewModel(ContactService contacts, TaskExecutor executor, Debouncer debouncer,
                             Supplier<Actor> actor, Messages messages) {
        this.contacts = contacts;
        this.executor = executor;
        this.debouncer = debouncer;
        this.actor = actor;
        this.messages = messages;
        query.addListener((obs, old, now) -> searchSoon());
        tagMode.addListener((obs, old, now) -> searchSoon());
        for (ObservableList<String> list : List.of(tags, channels, stages)) {
            list.addListener((javafx.collections.ListChangeListener<String>) change -> searchSoon());
        }
        for (ObjectProperty<?> property : List.of(addedFrom, addedTo, notTouchedDays, status, sort)) {
            property.addListener((obs, old, now) -> searchSoon());
        }
    }

    /** Loads the catalogues and the first page for the member now at the desk. */
    public void activate() {
        active = true;
        Actor who = actor.get();
        if (who == null) {
            return;
        }
        BackgroundTask.wrap(progress -> new Catalogues(contacts.tagGroups(), contacts.catalog().channels(),
                        contacts.savedFilters(who), contacts.scope(who).isTeam()))
                .onSuccess(c -> {
                    tagGroups.setAll(c.groups());
                    channelChoices.setAll(c.channels().entrySet());
                    savedFilters.setAll(c.saved());
                    teamScope.set(c.team());
                })
                .onFailure(this::fail)
                .executeWith(executor);
        search();
    }

    private record Catalogues(List<TagGroup> groups, Map<String, String> channels, List<SavedFilter> saved,
                              boolean team) {
    }

    /** Stops listening for input: a pending search is dropped and a running one's answer ignored. */
    public void deactivate() {
        active = false;
        generation++;
        debouncer.cancel();
        if (running != null) {
            running.cancel();
        }
        loading.set(false);
    }

    /** The filter the controls describe now. */
    public ContactFilter filter() {
        List<String> chosen = List.copyOf(tags);
        return new ContactFilter(query.get(), tagMode.get() == TagMode.ANY ? chosen : null,
                tagMode.get() == TagMode.ALL ? chosen : null, tagMode.get() == TagMode.NONE ? chosen : null,
                List.copyOf(channels), List.copyOf(stages), addedFrom.get(), addedTo.get(), notTouchedDays.get(),
                status.get());
    }

    private void searchSoon() {
        if (!applyingSaved) {
            debouncer.schedule(this::search);
        }
    }

    /** Starts a new search now, superseding any running one. */
    public void search() {
        Actor who = actor.get();
        if (who == null || !active) {
            return;
        }
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        ContactFilter filter = filter();
        ContactSort order = sort.get();
        loading.set(true);
        error.set("");
        running = BackgroundTask.wrap(progress -> contacts.search(who, filter, order, 0, PAGE))
                .onSuccess(page -> {
                    if (mine == generation) {
                        rows.setAll(page.rows());
                        hasMore.set(page.hasMore());
                        summary.set(page.hasMore() ? messages.get("contacts.list.counting")
                                : messages.get("contacts.list.count", page.rows().size()));
                        if (page.hasMore()) {
                            count(who, filter, mine);
                        }
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        fail(failure);
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    private void count(Actor who, ContactFilter filter, long mine) {
        BackgroundTask.wrap(progress -> contacts.count(who, filter))
                .onSuccess(total -> {
                    if (mine == generation) {
                        summary.set(messages.get("contacts.list.count", total));
                    }
                })
                .onFailure(this::fail)
                .executeWith(executor);
    }

    /** Appends the next page; a no-op while one is loading or when there is no more. */
    public void loadMore() {
        Actor who = actor.get();
        if (who == null || !active || loading.get() || !hasMore.get()) {
            return;
        }
        long mine = generation;
        int offset = rows.size();
        ContactFilter filter = filter();
        ContactSort order = sort.get();
        loading.set(true);
        BackgroundTask.wrap(progress -> contacts.search(who, filter, order, offset, PAGE))
                .onSuccess(page -> {
                    if (mine == generation && rows.size() == offset) {
                        rows.addAll(page.rows());
                        hasMore.set(page.hasMore());
                    }
                })
                .onFailure(this::fail)
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    /** Sets every control from a saved filter and searches once. */
    public void apply(SavedFilter saved) {
        if (saved == null) {
            return;
        }
        ContactFilter f = saved.filter();
        applyingSaved = true;
        try {
            query.set(f.query());
            if (!f.tagsAll().isEmpty()) {
                tagMode.set(TagMode.ALL);
                tags.setAll(f.tagsAll());
            } else if (!f.tagsNone().isEmpty()) {
                tagMode.set(TagMode.NONE);
                tags.setAll(f.tagsNone());
            } else {
                tagMode.set(TagMode.ANY);
                tags.setAll(f.tagsAny());
            }
            channels.setAll(f.channels());
            stages.setAll(f.stages());
            addedFrom.set(f.addedFrom());
            addedTo.set(f.addedTo());
            notTouchedDays.set(f.notTouchedDays());
            status.set(f.status());
        } finally {
            applyingSaved = false;
        }
        search();
    }

    /** Clears text and filters. */
    public void clearFilters() {
        apply(new SavedFilter(0, "", "", ContactFilter.ALL, null));
    }

    public void saveFilter(String name) {
        Actor who = actor.get();
        ContactFilter filter = filter();
        BackgroundTask.wrap(progress -> {
                    contacts.saveFilter(who, name, filter);
                    return contacts.savedFilters(who);
                })
                .onSuccess(all -> {
                    savedFilters.setAll(all);
                    summary.set(messages.get("contacts.list.filterSaved", name.strip()));
                })
                .onFailure(this::fail)
                .executeWith(executor);
    }

    public void deleteFilter(SavedFilter saved) {
        Actor who = actor.get();
        BackgroundTask.wrap(progress -> {
                    contacts.deleteFilter(who, saved.id());
                    return contacts.savedFilters(who);
                })
                .onSuccess(savedFilters::setAll)
                .onFailure(this::fail)
                .executeWith(executor);
    }

    /** Re-runs the search after a profile edit, so changed tags and remarks show (and filters re-apply). */
    public void refreshAfterEdit() {
        search();
    }

    private void fail(Throwable failure) {
        error.set(describe(failure, messages));
    }

    /** A failure as the member should read it. */
    public static String describe(Throwable failure, Messages messages) {
        if (failure instanceof ContactEditException edit) {
            return messages.get(edit.messageKey(), edit.args());
        }
        if (failure instanceof AccessDeniedException denied) {
            return messages.get(denied.messageKey());
        }
        return messages.get("contacts.error.unexpected", String.valueOf(failure.getMessage()));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObjectProperty<TagMode> tagModeProperty() {
        return tagMode;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public ObservableList<String> stages() {
        return stages;
    }

    public ObjectProperty<LocalDate> addedFromProperty() {
        return addedFrom;
    }

    public ObjectProperty<LocalDate> addedToProperty() {
        return addedTo;
    }

    public ObjectProperty<Integer> notTouchedDaysProperty() {
        return notTouchedDays;
    }

    public ObjectProperty<FollowStatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<ContactSort> sortProperty() {
        return sort;
    }

    public ObservableList<ContactRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty teamScopeProperty() {
        return teamScope.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<TagGroup> tagGroups() {
        return tagGroups;
    }

    public ObservableList<Map.Entry<String, String>> channelChoices() {
        return channelChoices;
    }

    public ObservableList<SavedFilter> savedFilters() {
        return savedFilters;
    }

    public ObjectProperty<ContactRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty filtersShownProperty() {
        return filtersShown;
    }
}
