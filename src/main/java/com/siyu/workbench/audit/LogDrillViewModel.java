package com.siyu.workbench.audit;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.core.TaskHandle;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.ui.Session;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The log behind a figure: one rep's entries of the figure's actions in the range, newest first, and whether the
 * log's hash chain holds (entries from the first broken one on are marked untrusted).
 */
public final class LogDrillViewModel {
    private final AuditLogService logs;
    private final TableExporter exporter;
    private final Session session;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ZoneId zone;

    private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper opened = new ReadOnlyBooleanWrapper(this, "opened");
    private final ReadOnlyStringWrapper chainStatus = new ReadOnlyStringWrapper(this, "chainStatus", "");
    private final ReadOnlyBooleanWrapper chainBroken = new ReadOnlyBooleanWrapper(this, "chainBroken");
    private final ReadOnlyBooleanWrapper chainChecked = new ReadOnlyBooleanWrapper(this, "chainChecked");
    private final ReadOnlyLongWrapper firstBrokenSeq = new ReadOnlyLongWrapper(this, "firstBrokenSeq", Long.MAX_VALUE);
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(this, "verifying");
    private final ReadOnlyStringWrapper chainShort = new ReadOnlyStringWrapper(this, "chainShort", "");
    private final ReadOnlyStringWrapper checkpointTip = new ReadOnlyStringWrapper(this, "checkpointTip", "");
    private final ReadOnlyDoubleWrapper verifyProgress = new ReadOnlyDoubleWrapper(this, "verifyProgress", -1);

    private TeamMember rep;
    private DrillMetric metric;
    private DateRange range;
    private TaskHandle verifyHandle;

    public LogDrillViewModel(AuditLogService logs, TableExporter exporter, Session session, TaskExecutor executor,
                             Messages messages, ZoneId zone) {
        this.logs = logs;
        this.exporter = exporter;
        this.session = session;
        this.executor = executor;
        this.messages = messages;
        this.zone = zone;
    }

    /** Shows {@code who}'s entries behind {@code figure} over {@code over}. */
    public void open(TeamMember who, DrillMetric figure, DateRange over) {
        Actor actor = session.actor();
        if (actor == null || who == null || over == null) {
            return;
        }
        rep = who;
        metric = figure;
        range = over;
        opened.set(true);
        title.set(messages.get("audit.log.title", who.name(), messages.get(figure.labelKey()),
                over.from().toString(), over.to().toString()));
        loading.set(true);
        rows.clear();
        summary.set(messages.get("audit.team.loading"));
        BackgroundTask.wrap(progress -> logs.entries(actor, new LogQuery(who.userid(), figure.actions(), over)))
                .onSuccess(page -> {
                    rows.setAll(page.rows());
                    summary.set(page.truncated() ? messages.get("audit.log.summaryTruncated", page.total(),
                            page.rows().size()) : messages.get("audit.log.summary", page.total()));
                })
                .onFailure(failure -> {
                    rows.clear();
                    summary.set(failure instanceof AccessDeniedException denied ? messages.get(denied.messageKey())
                            : messages.get("audit.team.loadFailed", String.valueOf(failure.getMessage())));
                })
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
        if (!chainChecked.get() && !verifying.get()) {
            verifyChain();
        }
    }

    /** Walks the whole chain in the background with progress; the result shows above the entries. */
    public void verifyChain() {
        Actor actor = session.actor();
        if (actor == null || verifying.get()) {
            return;
        }
        verifying.set(true);
        verifyProgress.set(-1);
        chainStatus.set(messages.get("audit.chain.checking"));
        verifyHandle = BackgroundTask.wrap(progress -> logs.verifyChain(actor, progress))
                .onProgress(p -> verifyProgress.set(p.fraction()))
                .onSuccess(this::showChain)
                .onFailure(failure -> {
                    chainChecked.set(false);
                    chainStatus.set(failure instanceof AccessDeniedException denied
                            ? messages.get(denied.messageKey())
                            : messages.get("audit.chain.failed", String.valueOf(failure.getMessage())));
                })
                .onCancelled(() -> chainStatus.set(""))
                .onFinished(() -> verifying.set(false))
                .executeWith(executor);
    }

    private void showChain(VerificationResult result) {
        chainChecked.set(true);
        chainBroken.set(!result.ok());
        if (result.ok()) {
            firstBrokenSeq.set(Long.MAX_VALUE);
            Checkpoint checkpoint = result.checkpoint();
            chainStatus.set(checkpoint == null ? messages.get("audit.chain.empty")
                    : messages.get("audit.chain.ok", result.entries(),
                            checkpoint.seq() + ":" + checkpoint.hash().substring(0, 12) + "…"));
            checkpointTip.set(checkpoint == null ? "" : messages.get("audit.chain.checkpointTip", checkpoint.toString()));
            chainShort.set(messages.get("audit.chain.okShort"));
        } else {
            firstBrokenSeq.set(result.firstBrokenSeq());
            checkpointTip.set(result.detail());
            chainShort.set(messages.get("audit.chain.brokenShort", result.firstBrokenSeq()));
            chainStatus.set(messages.get("audit.chain.broken", result.firstBrokenSeq(),
                    messages.get("audit.problem." + result.problem().code())));
        }
    }

    /** True for entries at or after the first broken one: what they say can no longer be trusted. */
    public boolean untrusted(LogRow row) {
        return row.seq() >= firstBrokenSeq.get();
    }

    public void stop() {
        if (verifyHandle != null && !verifyHandle.isDone()) {
            verifyHandle.cancel();
        }
    }

    public List<ColumnSpec<LogRow>> columns() {
        return TeamColumns.log(this::actionLabel, this::detailLabel, zone);
    }

    public String actionLabel(String action) {
        String key = "audit.action." + action.replace('.', '_');
        return messages.has(key) ? messages.get(key) : action;
    }

    private String detailLabel(String key) {
        String label = "audit.detail." + key;
        return messages.has(label) ? messages.get(label) : key + ": ";
    }

    public void export(ExportFormat format) {
        if (rep == null) {
            return;
        }
        String name = messages.get("audit.tab.log");
        exporter.export(exporter.table("team.log", name, columns(), List.copyOf(rows)), format,
                messages.get("shell.nav.team") + "-" + name + "-" + rep.name() + "-" + range.from() + "~" + range.to());
    }

    public TeamMember rep() {
        return rep;
    }

    public DrillMetric metric() {
        return metric;
    }

    public ObservableList<LogRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainStatusProperty() {
        return chainStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty chainBrokenProperty() {
        return chainBroken.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty chainCheckedProperty() {
        return chainChecked.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty firstBrokenSeqProperty() {
        return firstBrokenSeq.getReadOnlyProperty();
    }

    /** The chain status in a few words, for the log view's header. */
    public ReadOnlyStringProperty chainShortProperty() {
        return chainShort.getReadOnlyProperty();
    }

    /** The full checkpoint, to note outside the file (see {@link Checkpoint}); the broken detail when broken. */
    public ReadOnlyStringProperty checkpointTipProperty() {
        return checkpointTip.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty verifyProgressProperty() {
        return verifyProgress.getReadOnlyProperty();
    }
}
