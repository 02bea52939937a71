package com.siyu.workbench.contacts;

import com.siyu.workbench.contacts.orders.OrderMatchService;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One customer's profile: loads it off the FX thread, turns the timeline into readable lines, and runs the member's
 * edits (tags, remark, notes, customer-given order ids). A refused edit leaves the profile as it was and says why in
 * {@link #errorProperty()}; a successful one reloads the profile (showing "待同步" until sync has pushed it).
 */
public final class ContactProfileViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ContactService contacts;
    private final ContactEditService edits;
    private final OrderMatchService orders;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final Messages messages;
    private final ZoneId zone;
    private Runnable onEdited = () -> { };

    private final ReadOnlyObjectWrapper<ContactProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ObservableList<TimelineLine> timeline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<TagGroup> tagGroups = FXCollections.observableArrayList();
    private long generation;

    public ContactProfileViewModel(ContactService contacts, ContactEditService edits, OrderMatchService orders,
                                   TaskExecutor executor, Supplier<Actor> actor, Messages messages, Clock clock) {
        this.contacts = contacts;
        this.edits = edits;
        this.orders = orders;
        this.executor = executor;
        this.actor = actor;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** Called after every successful edit (the list refreshes its rows). */
    public void setOnEdited(Runnable onEdited) {
        this.onEdited = onEdited;
    }

    public void open(String externalUserid) {
        Actor who = actor.get();
        if (who == null || externalUserid == null) {
            clear();
            return;
        }
        long mine = ++generation;
        busy.set(true);
        BackgroundTask.wrap(progress -> new Loaded(contacts.profile(who, externalUserid), contacts.tagGroups()))
                .onSuccess(loaded -> {
                    if (mine == generation) {
                        show(loaded.profile());
                        tagGroups.setAll(loaded.groups());
                        error.set("");
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        clear();
                        error.set(ContactsViewModel.describe(failure, messages));
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private record Loaded(ContactProfile profile, List<TagGroup> groups) {
    }

    public void clear() {
        generation++;
        profile.set(null);
        timeline.clear();
    }

    private void show(ContactProfile loaded) {
        profile.set(loaded);
        List<TimelineLine> lines = new ArrayList<>(loaded.timeline().size());
        for (TimelineEntry e : loaded.timeline()) {
            // a task belongs to a day, not an hour: its midnight would read like a time
            String when = e.at() == null ? "" : e.kind() == TimelineEntry.Kind.TASK ? day(e.at())
                    : WHEN.format(e.at().atZone(zone));
            lines.add(new TimelineLine(when, e.kind(), label(e),
                    e.memberName() == null ? "" : e.memberName(), text(e)));
        }
        timeline.setAll(lines);
    }

    private String label(TimelineEntry e) {
        if (e.kind() == TimelineEntry.Kind.LOG) {
            String key = "contacts.timeline.action." + e.action().replace('.', '_');
            return messages.has(key) ? messages.get(key) : e.action();
        }
        if (e.kind() == TimelineEntry.Kind.TASK) {
            return messages.get("contacts.timeline.kind.TASK");
        }
        return messages.get("contacts.timeline.kind." + e.kind().name());
    }

    private String text(TimelineEntry e) {
        String summary = e.summary() == null ? "" : e.summary();
        return switch (e.kind()) {
            case ADDED -> summary.isEmpty() ? "" : messages.get("contacts.timeline.viaChannel", summary);
            case TASK -> readable("contacts.timeline.task.", e.action())
                    + (summary.isEmpty() ? "" : " · " + readable("contacts.timeline.reason.", summary));
            case NOTE -> e.action() == null ? summary : summary + " · " + (e.action().isEmpty()
                    ? messages.get("contacts.timeline.noteFromTask")
                    : messages.get("contacts.timeline.noteFromTaskKind", readable("contacts.timeline.task.", e.action())));
            default -> summary;
        };
    }

    /** The UI name of a queue code (task kind, trigger), or the code itself for one added later. */
    private String readable(String prefix, String code) {
        return code == null ? "" : messages.has(prefix + code) ? messages.get(prefix + code) : code;
    }

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(zone));
    }

    public void saveTags(Collection<String> tagIds) {
        edit(who -> {
            edits.setTags(who, current().externalUserid(), List.copyOf(tagIds));
            return messages.get("contacts.profile.tagsSaved");
        });
    }

    public void saveRemark(String remark, String description) {
        edit(who -> {
            boolean changed = edits.editRemark(who, current().externalUserid(), remark, description);
            return messages.get(changed ? "contacts.profile.remarkSaved" : "contacts.profile.nothingChanged");
        });
    }

    public void addNote(String body) {
        edit(who -> {
            edits.addNote(who, current().externalUserid(), body);
            return messages.get("contacts.profile.noteSaved");
        });
    }

    public void addOrderRef(String orderRef) {
        edit(who -> {
            int matched = orders.addOrderRef(who, current().externalUserid(), orderRef);
            return messages.get("contacts.profile.orderRefSaved", matched);
        });
    }

    private ContactProfile current() {
        ContactProfile shown = profile.get();
        if (shown == null) {
            throw new IllegalStateException("No profile open");
        }
        return shown;
    }

    @FunctionalInterface
    private interface Edit {
        String run(Actor who);
    }

    private void edit(Edit edit) {
        Actor who = actor.get();
        ContactProfile shown = profile.get();
        if (who == null || shown == null) {
            return;
        }
        busy.set(true);
        error.set("");
        BackgroundTask.wrap(progress -> edit.run(who))
                .onSuccess(message -> {
                    notice.set(message);
                    open(shown.externalUserid());
                    onEdited.run();
                })
                .onFailure(failure -> error.set(ContactsViewModel.describe(failure, messages)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public ReadOnlyObjectProperty<ContactProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ObservableList<TimelineLine> timeline() {
        return timeline;
    }

    public ObservableList<TagGroup> tagGroups() {
        return tagGroups;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
