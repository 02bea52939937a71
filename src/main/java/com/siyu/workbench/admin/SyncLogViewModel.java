package com.siyu.workbench.admin;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Member;
import com.siyu.workbench.members.MemberRepository;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.sync.SyncAdministration;
import com.siyu.workbench.sync.SyncRun;
import com.siyu.workbench.sync.SyncStatus;
import com.siyu.workbench.sync.SyncStatus.Snapshot;
import com.siyu.workbench.sync.SyncTrigger;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sync log tab: the run in progress (progress, estimate, cancel), "立即同步", connectivity and backlog, and every
 * past run with its counts and, when it failed, why (in Chinese, as stored). Reloads when a run ends.
 */
public final class SyncLogViewModel {
    static final int SHOWN_RUNS = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d HH:mm:ss");

    private final SyncAdministration administration;
    private final SyncStatus status;
    private final SyncTrigger trigger;
    private final MemberRepository members;
    private final Session session;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    private final ObservableList<SyncRunRow> runs = FXCollections.observableArrayList();
    private final ObjectProperty<SyncRunRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper selectedError = new ReadOnlyStringWrapper(this, "selectedError", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper connectivity = new ReadOnlyStringWrapper(this, "connectivity", "");
    private final ReadOnlyStringWrapper outbox = new ReadOnlyStringWrapper(this, "outbox", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Consumer<Snapshot> statusListener = snapshot -> post(() -> show(snapshot));

    public SyncLogViewModel(SyncAdministration administration, SyncStatus status, SyncTrigger trigger,
                            MemberRepository members, Session session, TaskExecutor executor, Executor uiThread,
                            DialogService dialogs, Messages messages, Clock clock) {
        this.administration = administration;
        this.status = status;
        this.trigger = trigger;
        this.members = members;
        this.session = session;
        this.executor = executor;
        this.uiThread = uiThread;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        selected.addListener((obs, old, row) -> selectedError.set(row == null || row.error().isEmpty() ? ""
                : messages.get("sync.log.reason", row.error())));
    }

    /** Starts following the sync status and loads the log (the screen is shown). */
    public void activate() {
        status.addListener(statusListener);
        show(status.current());
        load();
    }

    public void deactivate() {
        status.removeListener(statusListener);
    }

    public void load() {
        busy.set(true);
        BackgroundTask.wrap(p -> toRows(administration.runs(SHOWN_RUNS), memberNames()))
                .onSuccess(rows -> {
                    Long keep = selected.get() == null ? null : selected.get().id();
                    runs.setAll(rows);
                    rows.stream().filter(r -> keep != null && r.id() == keep).findFirst().ifPresent(selected::set);
                })
                .onFailure(failure -> dialogs.showErrorWithDetails(messages.get("sync.log.title"),
                        messages.get("sync.log.loadFailed"), failure))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** "立即同步": refused with an explanation for a member whose role may not sync. */
    public void syncNow() {
        if (session.actor() == null || !AccessPolicy.allows(session.actor(), Permission.SYNC_NOW)) {
            dialogs.showError(messages.get("members.denied.title"), messages.get("members.denied.sync_now"));
            return;
        }
        trigger.syncNow();
        dialogs.notify(messages.get("sync.log.syncRequested"));
    }

    public void cancel() {
        trigger.cancel();
    }

    private void show(Snapshot s) {
        boolean wasRunning = running.get();
        running.set(s.running());
        progress.set(s.running() && s.progressTotal() > 0
                ? Math.min(1.0, (double) s.progressDone() / s.progressTotal()) : -1);
        progressText.set(s.running() ? (s.progressMessage() == null ? "" : s.progressMessage())
                : messages.get("sync.log.idle"));
        connectivity.set(messages.get("shell.status." + s.connectivity().name().toLowerCase(Locale.ROOT)));
        outbox.set(messages.get("sync.log.outbox", s.pendingOutbox(), s.parkedOutbox()));
        if (wasRunning && !s.running()) {
            load(); // a run just ended: show it
        }
    }

    private void post(Runnable update) {
        uiThread.execute(update);
    }

    private Map<String, String> memberNames() {
        return members.all().stream().collect(Collectors.toMap(Member::userid, Member::name, (a, b) -> a));
    }

    private List<SyncRunRow> toRows(List<SyncRun> list, Map<String, String> names) {
        return list.stream().map(run -> row(run, names)).toList();
    }

    private SyncRunRow row(SyncRun run, Map<String, String> names) {
        String member = run.memberUserid() == null ? messages.get("sync.log.wholeCorp")
                : names.getOrDefault(run.memberUserid(), run.memberUserid());
        Duration took = run.duration();
        String duration = took == null ? "" : messages.get("sync.log.seconds",
                String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0));
        String changes = messages.get("sync.log.changes", run.contactsAdded(), run.contactsUpdated(),
                run.contactsLost());
        String pushed = messages.get("sync.log.pushed", run.outboxSent(), run.outboxParked());
        return new SyncRunRow(run.id(), WHEN.format(run.startedAt().atZone(clock.getZone())),
                messages.get("sync.kind." + run.kind()), member, messages.get("sync.status." + run.status()),
                SyncRun.FAILED.equals(run.status()), duration, Integer.toString(run.pages()), changes, pushed,
                run.error() == null ? "" : run.error());
    }

    public ObservableList<SyncRunRow> runs() {
        return runs;
    }

    public ObjectProperty<SyncRunRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty selectedErrorProperty() {
        return selectedError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0–1, or -1 while the size of the run is not known (indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectivityProperty() {
        return connectivity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outboxProperty() {
        return outbox.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
