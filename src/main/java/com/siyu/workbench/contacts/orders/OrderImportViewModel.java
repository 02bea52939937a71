package com.siyu.workbench.contacts.orders;

import com.siyu.workbench.contacts.ContactsViewModel;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.core.TaskHandle;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog: read a file, map its columns (guessed from the headers, editable), preview exactly what the
 * import would do (every row error in Chinese, matches, skips), and import only when there is no error. Every step
 * runs off the FX thread; a new mapping cancels the previous preview.
 */
public final class OrderImportViewModel {
    static final int SAMPLE = 200;

    private final OrderImportService service;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final Messages messages;
    private final Runnable onImported;

    private final ReadOnlyObjectWrapper<TabularFile> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<ColumnMapping> mapping =
            new ReadOnlyObjectWrapper<>(this, "mapping", ColumnMapping.none());
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<PlannedOrder> sample = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper(this, "fileText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private TaskHandle running;
    private long generation;

    OrderImportViewModel(OrderImportService service, TaskExecutor executor, Supplier<Actor> actor, Messages messages,
                         Runnable onImported) {
        this.service = service;
        this.executor = executor;
        this.actor = actor;
        this.messages = messages;
        this.onImported = onImported;
    }

    public void open(Path path) {
        start(progress -> service.read(path), read -> {
            // the mapping first: the view builds its column choosers when the file changes
            mapping.set(ColumnMapping.guess(read.headers()));
            file.set(read);
            fileText.set(messages.get("contacts.import.fileInfo", read.sourceName(), read.encoding(),
                    read.rows().size()));
            preview();
        });
    }

    /** Maps {@code field} to file column {@code column} (null: not imported) and previews again. */
    public void map(OrderField field, Integer column) {
        mapping.set(mapping.get().with(field, column));
        preview();
    }

    public void preview() {
        TabularFile read = file.get();
        Actor who = actor.get();
        if (read == null || who == null) {
            return;
        }
        ColumnMapping current = mapping.get();
        canImport.set(false);
        start(progress -> service.preview(who, read, current, progress), this::show);
    }

    private void show(ImportPlan shown) {
        plan.set(shown);
        problems.setAll(shown.errors().stream().map(e -> OrderMessages.row(messages, e)).toList());
        problems.addAll(shown.skipped().stream().map(e -> OrderMessages.row(messages, e)).toList());
        sample.setAll(shown.orders().subList(0, Math.min(SAMPLE, shown.orders().size())));
        Map<MatchMethod, Integer> by = OrderImportService.ordered(shown.matchedBy());
        summary.set(messages.get("contacts.import.summary", shown.orders().size(), by.get(MatchMethod.UNIONID),
                by.get(MatchMethod.PHONE), by.get(MatchMethod.ORDER_ID), shown.suggested(), shown.unmatched(),
                shown.skipped().size(), shown.errors().size()));
        canImport.set(shown.canImport());
    }

    public void importNow() {
        TabularFile read = file.get();
        Actor who = actor.get();
        ImportPlan shown = plan.get();
        if (read == null || who == null || shown == null || !shown.canImport()) {
            return;
        }
        ColumnMapping current = mapping.get();
        canImport.set(false);
        start(progress -> service.importOrders(who, read, current, progress), result -> {
            summary.set(messages.get("contacts.import.done", result.imported(), result.matched(), result.suggested(),
                    result.unmatched(), result.skipped()));
            done.set(true);
            onImported.run();
        });
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void start(BackgroundTask.Work<T> work, java.util.function.Consumer<T> then) {
        cancel();
        long mine = ++generation;
        busy.set(true);
        error.set("");
        progress.set(-1);
        running = BackgroundTask.wrap(work)
                .onProgress(p -> progress.set(p.fraction()))
                .onSuccess(value -> {
                    if (mine == generation) {
                        then.accept(value);
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        error.set(describe(failure));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        busy.set(false);
                    }
                })
                .executeWith(executor);
    }

    private String describe(Throwable failure) {
        if (failure instanceof OrderImportException e) {
            return OrderMessages.file(messages, e);
        }
        return ContactsViewModel.describe(failure, messages);
    }

    public List<String> headers() {
        return file.get() == null ? List.of() : file.get().headers();
    }

    public ReadOnlyObjectProperty<TabularFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<PlannedOrder> sample() {
        return sample;
    }

    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
