package com.siyu.workbench.content.library;

import com.siyu.workbench.content.ContentLintException;
import com.siyu.workbench.content.ContentModule;
import com.siyu.workbench.content.ContentStateException;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.bulk.ContentExporter;
import com.siyu.workbench.content.bulk.ImportFileException;
import com.siyu.workbench.content.bulk.ImportReport;
import com.siyu.workbench.content.lint.LintMessages;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.ui.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** The library's actions, each defined once with its shortcut and when it is enabled. */
public final class LibraryActions {
    private final ContentLibraryViewModel model;
    private final ContentModule content;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final WordListEditor words;
    private final ContentAction newScript;
    private final ContentAction newWelcome;
    private final ContentAction newInvite;
    private final ContentAction save;
    private final ContentAction submit;
    private final ContentAction propose;
    private final ContentAction retire;
    private final ContentAction importFile;
    private final ContentAction exportFile;
    private final ContentAction editWords;

    LibraryActions(ContentLibraryViewModel model, ContentModule content, TaskExecutor executor,
                   DialogService dialogs, Messages messages) {
        this.model = model;
        this.content = content;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.words = new WordListEditor(model, content, dialogs, messages);
        BooleanBinding idle = model.busyProperty().not();
        BooleanBinding mayWrite = model.canEditProperty().or(model.canProposeProperty()).and(idle);
        newScript = new ContentAction("newScript", "content.library.newScript", List.of("Shortcut+N"), mayWrite,
                () -> model.startNew(ContentType.SCRIPT));
        newWelcome = new ContentAction("newWelcome", "content.library.newWelcome", List.of(),
                model.canEditProperty().and(idle), () -> model.startNew(ContentType.WELCOME));
        newInvite = new ContentAction("newInvite", "content.library.newInvite", List.of(),
                model.canEditProperty().and(idle), () -> model.startNew(ContentType.INVITE));
        BooleanBinding hasChanges = model.editor().dirtyProperty().or(model.creatingProperty());
        save = new ContentAction("save", "content.library.save", List.of("Shortcut+S"),
                model.editableProperty().and(hasChanges).and(idle), this::doSave);
        BooleanBinding isDraft = Bindings.createBooleanBinding(() -> model.currentProperty().get() != null
                && model.currentProperty().get().status() == ContentStatus.DRAFT, model.currentProperty());
        submit = new ContentAction("submit", "content.library.submit", List.of("Shortcut+Enter"),
                model.editableProperty().and(hasChanges.or(isDraft)).and(model.editor().errorsProperty().isEqualTo(0))
                        .and(idle), this::doSubmit);
        BooleanBinding approvedShown = Bindings.createBooleanBinding(() -> model.currentProperty().get() != null
                && model.currentProperty().get().status() == ContentStatus.APPROVED, model.currentProperty());
        propose = new ContentAction("propose", "content.library.propose", List.of("Shortcut+E"),
                model.canProposeProperty().and(model.canEditProperty().not()).and(approvedShown)
                        .and(model.editableProperty().not()).and(idle), model::startProposal);
        retire = new ContentAction("retire", "content.library.retire", List.of(),
                model.canReviewProperty().and(approvedShown).and(idle), this::doRetire);
        importFile = new ContentAction("import", "content.library.import", List.of(),
                model.canEditProperty().and(idle), this::doImport);
        exportFile = new ContentAction("export", "content.library.export", List.of(), idle, this::doExport);
        editWords = new ContentAction("words", "content.library.words", List.of(),
                model.canReviewProperty().and(idle), words::edit);
    }

    public List<ContentAction> all() {
        return List.of(newScript, newWelcome, newInvite, save, submit, propose, retire, importFile, exportFile,
                editWords);
    }

    private void doSave() {
        persist(false);
    }

    private void doSubmit() {
        persist(true);
    }

    /** Saves the editor (new item, draft edit or new version) and, when asked, submits it — off the FX thread. */
    private void persist(boolean andSubmit) {
        Actor actor = model.actor();
        ContentVersion shown = model.currentProperty().get();
        String id = model.creatingProperty().get() || shown == null ? null : shown.contentId();
        var body = model.editor().toBody();
        boolean changed = model.editor().dirtyProperty().get() || id == null;
        run(() -> {
            String target = id;
            if (target == null) {
                target = content.service().create(actor, body).contentId();
            } else if (changed) {
                content.service().saveDraft(actor, target, body);
            }
            if (andSubmit) {
                content.service().submit(actor, target);
            }
            return target;
        }, target -> {
            model.reload();
            model.open(target);
            dialogs.notify(messages.get(andSubmit ? "content.library.submitted" : "content.library.saved"));
        });
    }

    private void doRetire() {
        ContentVersion shown = model.currentProperty().get();
        String question = messages.get("content.library.retireConfirm", shown.body().name())
                + (shown.body().type() == ContentType.INVITE ? messages.get("content.library.retireInvite") : "");
        if (!dialogs.confirm(messages.get("content.library.retire"), question)) {
            return;
        }
        Actor actor = model.actor();
        run(() -> {
            content.service().retire(actor, shown.contentId());
            return shown.contentId();
        }, target -> {
            model.reload();
            model.open(target);
        });
    }

    private void doImport() {
        dialogs.chooseFileToOpen(messages.get("content.library.import"), List.of("*.csv", "*.json")).ifPresent(path -> {
            Actor actor = model.actor();
            run(() -> content.importer().importFile(actor, path, false), this::reportImport);
        });
    }

    private void reportImport(ImportReport report) {
        if (!report.hasErrors()) {
            dialogs.notify(messages.get("content.library.imported", report.created(), report.newVersions(),
                    report.unchanged()));
            model.reload();
            return;
        }
        LintMessages texts = new LintMessages(messages);
        String rows = report.errorRows().stream().limit(20).map(r -> messages.get("content.library.importRow",
                r.line(), r.findings().stream().filter(f -> f.isError()).map(texts::message)
                        .collect(Collectors.joining("；")))).collect(Collectors.joining("\n"));
        dialogs.showError(messages.get("content.library.importRefused", report.errorRows().size()), rows);
    }

    private void doExport() {
        dialogs.chooseFileToSave(messages.get("content.library.export"), messages.get("content.library.exportName"),
                List.of("*.csv", "*.json")).ifPresent(path -> {
                    Actor actor = model.actor();
                    ContentExporter.Format format = path.toString().endsWith(".json") ? ContentExporter.Format.JSON
                            : ContentExporter.Format.CSV;
                    run(() -> export(actor, format, path), n -> dialogs.notify(messages.get("content.library.exported",
                            n, path.getFileName())));
                });
    }

    private int export(Actor actor, ContentExporter.Format format, Path path) throws java.io.IOException {
        try (var out = Files.newOutputStream(path)) {
            return content.exporter().export(actor, format, out);
        }
    }

    /** Work for the background: a service call that may fail. */
    @FunctionalInterface
    interface Job<T> {
        T call() throws Exception;
    }

    /** Runs service work in the background with the busy flag, turning refusals into readable messages. */
    <T> void run(Job<T> work, java.util.function.Consumer<T> done) {
        model.busyProperty().set(true);
        BackgroundTask.wrap(progress -> work.call()).onSuccess(done).onFailure(this::failed)
                .onFinished(() -> model.busyProperty().set(false)).executeWith(executor);
    }

    private void failed(Throwable e) {
        String title = messages.get("content.library.failed");
        if (e instanceof ContentLintException lint) {
            dialogs.showError(title, messages.get(lint.messageKey(), lint.args()));
        } else if (e instanceof ContentStateException state) {
            dialogs.showError(title, messages.get(state.messageKey(), state.args()));
        } else if (e instanceof AccessDeniedException denied) {
            dialogs.showError(messages.get("members.denied.title"), messages.get(denied.messageKey()));
        } else if (e instanceof ImportFileException file) {
            dialogs.showError(title, new LintMessages(messages).text(file.text()));
        } else {
            dialogs.showErrorWithDetails(title, messages.get("content.library.unexpected"), e);
        }
    }

    public ContentAction newScript() {
        return newScript;
    }

    public ContentAction newWelcome() {
        return newWelcome;
    }

    public ContentAction newInvite() {
        return newInvite;
    }

    public ContentAction save() {
        return save;
    }

    public ContentAction submit() {
        return submit;
    }

    public ContentAction propose() {
        return propose;
    }

    public ContentAction retire() {
        return retire;
    }

    public ContentAction importFile() {
        return importFile;
    }

    public ContentAction exportFile() {
        return exportFile;
    }

    public ContentAction editWords() {
        return editWords;
    }
}
