package com.siyu.workbench.app;

import com.siyu.workbench.settings.WeComConnection;
import com.siyu.workbench.sync.SyncModule;
import com.siyu.workbench.sync.SyncResult;
import com.siyu.workbench.sync.SyncTrigger;
import com.siyu.workbench.wecom.WeComApi;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's live link to WeCom. {@link #start()} (off the FX thread) starts the WeCom runtime — the built-in
 * demo sandbox or the saved address — and the sync module; after every successful pull it brings the local work up
 * to date (demo content on the demo corp, group-welcome publishing, the day's queues) and then tells its listeners.
 * Until it is up, and whenever WeCom is unreachable, the app works on the local copy. Saving a new connection
 * {@link #restart()}s it.
 */
public final class LiveConnection implements SyncTrigger, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveConnection.class);

    private final Workbench workbench;
    private final List<Consumer<SyncResult>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterPull = new CopyOnWriteArrayList<>();
    private volatile WeComRuntime runtime;
    private volatile SyncModule sync;
    private Runnable outboxListener;

    public LiveConnection(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Work to do on the sync thread after each successful pull, before listeners hear of it (e.g. queues). */
    public void addAfterPull(Runnable work) {
        afterPull.add(work);
    }

    /** Told (on the sync thread) of every sync run's result. */
    public void addListener(Consumer<SyncResult> listener) {
        listeners.add(listener);
    }

    /** Starts WeCom and sync. Slow (the demo sandbox generates its corp): never on the FX thread. */
    public synchronized void start() throws IOException {
        if (sync != null) {
            return;
        }
        WeComConnection connection = workbench.settings().wecom();
        WeComRuntime started = WeComRuntime.start(connection, workbench.tokenStore(), workbench.clock(),
                workbench.paths().sandboxState());
        if (started.embedded()) {
            DemoCorp.liveOn(started.sandbox(), workbench.settings(), workbench.clock());
        }
        SyncModule module = new SyncModule(workbench.db(), workbench.clock(), started.api(), workbench.activityLog(),
                workbench.members(), workbench.roles(), workbench.syncStatus(), workbench.settings(),
                workbench.syncAdministration());
        module.service().addRunListener(this::afterRun);
        module.service().addPushListener(pushed -> afterPush());
        outboxListener = module.outboxChanged();
        workbench.outbox().addEnqueueListener(outboxListener);
        runtime = started;
        sync = module;
        module.start();
    }

    private void afterRun(SyncResult result) {
        if (result.ok()) {
            if (runtime != null && runtime.embedded()) {
                seedDemo();
            }
            try {
                workbench.content().publisher().publishAll();
                workbench.contacts().searchIndex().refreshIfNeeded();
                workbench.queue().refresh().afterSync();
                afterPull.forEach(Runnable::run);
            } catch (RuntimeException e) {
                LOG.error("Bringing local work up to date after sync run {} failed", result.runId(), e);
            }
        }
        listeners.forEach(listener -> listener.accept(result));
    }

    /** The demo corp's content and shop orders, once; before the queues, which read both. Never blocks the rest. */
    private void seedDemo() {
        try {
            workbench.content().demo().seedIfEmpty();
            workbench.contacts().demoOrders().seedIfEmpty();
        } catch (RuntimeException e) {
            LOG.error("Seeding the demo corp's content or orders failed", e);
        }
    }

    /** WeCom answered some outbox items: content changes that waited for a created id can go out now. */
    private void afterPush() {
        try {
            workbench.content().publisher().publishAll();
        } catch (RuntimeException e) {
            LOG.error("Queuing content changes after a push failed", e);
        }
    }

    /** After the admin saved a new connection: stop talking to the old one, start the new one. */
    public synchronized void restart() throws IOException {
        close();
        start();
    }

    /** The WeCom API while connected (the settings screen's connection test uses it for the built-in sandbox). */
    public Optional<WeComApi> api() {
        WeComRuntime current = runtime;
        return current == null ? Optional.empty() : Optional.of(current.api());
    }

    @Override
    public void syncNow() {
        SyncModule current = sync;
        if (current != null) {
            current.service().syncNow();
        }
    }

    @Override
    public void cancel() {
        SyncModule current = sync;
        if (current != null) {
            current.service().cancel();
        }
    }

    @Override
    public synchronized void close() {
        if (outboxListener != null) {
            workbench.outbox().removeEnqueueListener(outboxListener);
            outboxListener = null;
        }
        if (sync != null) {
            sync.close();
            sync = null;
        }
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }
}
