package com.siyu.workbench.audit;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exports a table the way it is shown: asks where to save, writes in the background, says where it went.
 * The service checks the actor's right to export and masks phones; this only drives the dialogs.
 */
public final class TableExporter {
    private final ExportService exports;
    private final Supplier<Actor> actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    public TableExporter(ExportService exports, Supplier<Actor> actor, TaskExecutor executor, DialogService dialogs,
                         Messages messages) {
        this.exports = exports;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Builds the table from the columns and rows on screen (headers in the UI language). */
    public <T> ExportTable table(String name, String title, List<ColumnSpec<T>> columns, List<T> rows) {
        List<ExportColumn> header = columns.stream()
                .map(c -> new ExportColumn(messages.get(c.headerKey()), c.kind())).toList();
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (T row : rows) {
            List<Object> line = new ArrayList<>(columns.size());
            columns.forEach(c -> line.add(c.value().apply(row)));
            cells.add(line);
        }
        return new ExportTable(name, title, header, cells);
    }

    /** Asks for a file (suggesting {@code baseName}.ext) and exports there; nothing happens if the user cancels. */
    public void export(ExportTable table, ExportFormat format, String baseName) {
        Actor who = actor.get();
        if (who == null) {
            return;
        }
        String fileName = baseName.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + format.extension();
        Optional<Path> target = dialogs.chooseFileToSave(messages.get("audit.export.chooseFile"), fileName,
                List.of(format.extension()));
        if (target.isEmpty()) {
            return;
        }
        Path file = withExtension(target.get(), format);
        BackgroundTask.wrap(progress -> {
            exports.export(who, table, format, file);
            return file;
        }).onSuccess(done -> dialogs.notify(messages.get("audit.export.done", table.rows().size(), done.toString())))
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void failed(Throwable error) {
        String message = error instanceof AccessDeniedException denied ? messages.get(denied.messageKey())
                : messages.get("audit.export.failedBody", String.valueOf(error.getMessage()));
        dialogs.showError(messages.get("audit.export.failed"), message);
    }

    private static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension()) ? file
                : file.resolveSibling(name + "." + format.extension());
    }
}
