package com.siyu.workbench.ui.shell;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.sync.SyncStatus;
import com.siyu.workbench.sync.SyncStatus.Snapshot;
import com.siyu.workbench.sync.SyncTrigger;
import com.siyu.workbench.ui.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/** The status bar: online/offline, last sync, outbox backlog, sync progress, and who is working. */
public final class StatusBarViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("M/d HH:mm");

    private final SyncStatus syncStatus;
    private final SyncTrigger syncTrigger;
    private final Session session;
    private final Messages messages;
    private final Clock clock;
    private final Executor uiThread;

    private final ReadOnlyStringWrapper connectivity = new ReadOnlyStringWrapper(this, "connectivity");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper(this, "lastSync");
    private final ReadOnlyStringWrapper outbox = new ReadOnlyStringWrapper(this, "outbox");
    private final ReadOnlyStringWrapper member = new ReadOnlyStringWrapper(this, "member");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");

    private final Consumer<Snapshot> statusListener = snapshot -> postToUi(() -> show(snapshot));
    private final ChangeListener<Actor> actorListener = (obs, old, now) -> showMember(now);

    public StatusBarViewModel(SyncStatus syncStatus, SyncTrigger syncTrigger, Session session, Messages messages,
                              Clock clock, Executor uiThread) {
        this.syncStatus = syncStatus;
        this.syncTrigger = syncTrigger;
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        this.uiThread = uiThread;
    }

    public void activate() {
        syncStatus.addListener(statusListener);
        session.actorProperty().addListener(actorListener);
        show(syncStatus.current());
        showMember(session.actor());
    }

    public void deactivate() {
        syncStatus.removeListener(statusListener);
        session.actorProperty().removeListener(actorListener);
    }

    private void postToUi(Runnable update) {
        uiThread.execute(update);
    }

    void show(Snapshot s) {
        online.set(s.connectivity() == SyncStatus.Connectivity.ONLINE);
        connectivity.set(messages.get("shell.status." + s.connectivity().name().toLowerCase(java.util.Locale.ROOT)));
        lastSync.set(s.lastSyncAt() == null ? messages.get("shell.status.neverSynced")
                : messages.get("shell.status.lastSync", formatWhen(s.lastSyncAt())));
        outbox.set(s.parkedOutbox() > 0
                ? messages.get("shell.status.outboxWithParked", s.pendingOutbox(), s.parkedOutbox())
                : messages.get("shell.status.outbox", s.pendingOutbox()));
        running.set(s.running());
        progress.set(s.progressTotal() > 0 ? Math.min(1.0, (double) s.progressDone() / s.progressTotal()) : -1);
        progressText.set(s.progressMessage() == null ? "" : s.progressMessage());
        if (s.lastError() != null) {
            notice.set(s.lastError());
        }
    }

    private String formatWhen(Instant at) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        var local = at.atZone(zone);
        if (Duration.between(at, clock.instant()).abs().toMinutes() < 1) {
            return messages.get("shell.status.justNow");
        }
        return local.toLocalDate().equals(today) ? TIME.format(local) : DATE_TIME.format(local);
    }

    private void showMember(Actor actor) {
        if (actor == null) {
            member.set(messages.get("shell.status.noMember"));
            return;
        }
        String roles = actor.roles().stream().sorted().map(r -> messages.get("members.role." + r.name()))
                .collect(Collectors.joining("/"));
        member.set(roles.isEmpty() ? actor.name() + " · " + messages.get("members.role.none")
                : actor.name() + " · " + roles);
    }

    public void syncNow() {
        syncTrigger.syncNow();
    }

    public void cancelSync() {
        syncTrigger.cancel();
    }

    /** A transient message (saved, queued offline…), shown until the next one. */
    public void notice(String text) {
        notice.set(text);
    }

    public ReadOnlyStringProperty connectivityProperty() {
        return connectivity.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outboxProperty() {
        return outbox.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memberProperty() {
        return member.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
