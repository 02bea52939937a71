package com.siyu.workbench.content.review;

import com.siyu.workbench.content.ContentModule;
import com.siyu.workbench.content.ContentStateException;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.Scope;
import com.siyu.workbench.content.library.ContentAction;
import com.siyu.workbench.content.lint.ContentLinter;
import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 审核: the queue of submissions, the selected one diffed side by side against what it would replace, its lint
 * findings, and approve (Ctrl+Enter or A) / reject with a required reason (Ctrl+R or R).
 */
public final class ReviewViewModel {
    private final ContentModule content;
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Function<String, String> memberName;
    private final ReviewText reviewText;
    private final ObservableList<ContentVersion> queue = FXCollections.observableArrayList();
    private final ObjectProperty<ContentVersion> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<TextDiff.Row> diff = FXCollections.observableArrayList();
    private final StringProperty baseLabel = new SimpleStringProperty(this, "baseLabel", "");
    private final StringProperty submissionLabel = new SimpleStringProperty(this, "submissionLabel", "");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final IntegerProperty errors = new SimpleIntegerProperty(this, "errors");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
    /** Set when the selected submission is the reviewer's own: four eyes, someone else approves it. */
    private final StringProperty ownNote = new SimpleStringProperty(this, "ownNote", "");
    private final IntegerProperty reasonRequests = new SimpleIntegerProperty(this, "reasonRequests");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ContentAction approve;
    private final ContentAction reject;
    private final ChangeListener<Actor> actorListener = (obs, old, now) -> reload();
    private long detailRequest;

    public ReviewViewModel(ContentModule content, Session session, TaskExecutor executor, DialogService dialogs,
                           Messages messages, Function<String, String> memberName) {
        this.content = content;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.memberName = memberName;
        this.reviewText = new ReviewText(messages);
        var chosen = selected.isNotNull().and(busy.not());
        approve = new ContentAction("approve", "content.review.approve", List.of("Shortcut+Enter", "A"),
                chosen.and(errors.isEqualTo(0)).and(ownNote.isEmpty()), this::approve);
        reject = new ContentAction("reject", "content.review.reject", List.of("Shortcut+R", "R"), chosen,
                this::reject);
        selected.addListener((obs, old, now) -> showDetail(now));
        reason.addListener((obs, old, now) -> hint.set(""));
    }

    public void activate() {
        session.actorProperty().addListener(actorListener);
        reload();
    }

    public void deactivate() {
        session.actorProperty().removeListener(actorListener);
    }

    /** Reloads the queue and keeps the selection at the same place (the next submission after a decision). */
    public void reload() {
        Actor actor = session.actor();
        if (actor == null || !AccessPolicy.allows(actor, Permission.REVIEW_CONTENT)) {
            queue.clear();
            selected.set(null);
            return;
        }
        int index = selected.get() == null ? 0 : Math.max(0, queue.indexOf(selected.get()));
        BackgroundTask.wrap(progress -> content.library().reviewQueue(actor)).onSuccess(list -> {
            queue.setAll(list);
            ContentVersion next = list.isEmpty() ? null : list.get(Math.min(index, list.size() - 1));
            if (next != null && next.equals(selected.get())) {
                showDetail(next); // same submission, maybe another reviewer or word list: show it afresh
            } else {
                selected.set(next);
            }
        }).executeWith(executor);
    }

    private void showDetail(ContentVersion submission) {
        reason.set("");
        hint.set("");
        ownNote.set("");
        if (submission == null) {
            diff.clear();
            findings.clear();
            errors.set(0);
            baseLabel.set("");
            submissionLabel.set("");
            return;
        }
        Actor actor = session.actor();
        long request = ++detailRequest;
        BackgroundTask.wrap(progress -> new Object[] {content.library().reviewBase(actor, submission),
                content.lintSettings().linter(), names(),
                actor != null && content.service().isOwnWork(actor, submission.contentId(), submission.version())})
                .onSuccess(r -> {
                    if (request != detailRequest) {
                        return;
                    }
                    @SuppressWarnings("unchecked") Optional<ContentVersion> base = (Optional<ContentVersion>) r[0];
                    show(submission, base.orElse(null), ((ContentLinter) r[1]).lint(submission.body()),
                            (ReviewText.Names) r[2], (Boolean) r[3]);
                }).executeWith(executor);
    }

    /** Names of the local copy's scope targets and customer groups (read off the FX thread). */
    private ReviewText.Names names() {
        Map<Scope, String> scopes = new HashMap<>();
        content.scopeTargets().all().forEach(t -> scopes.put(t.scope(), t.label()));
        Map<String, String> groups = new HashMap<>();
        content.variables().customerGroups().forEach(g -> groups.put(g.chatId(), g.name()));
        return new ReviewText.Names(scopes, groups);
    }

    private void show(ContentVersion submission, ContentVersion base, List<Finding> lint, ReviewText.Names names,
                      boolean ownWork) {
        if (ownWork) {
            ownNote.set(messages.get("content.review.ownSubmission"));
        }
        diff.setAll(TextDiff.diff(reviewText.lines(base == null ? null : base.body(), names),
                reviewText.lines(submission.body(), names)));
        baseLabel.set(base == null ? messages.get("content.review.base.none")
                : base.status() == ContentStatus.APPROVED
                ? messages.get("content.review.base.approved", base.version())
                : messages.get("content.review.base.previous", base.version(),
                messages.get("content.status." + base.status().name())));
        submissionLabel.set(messages.get("content.review.submission", submission.version(),
                memberName.apply(submission.author())));
        findings.setAll(lint);
        errors.set((int) lint.stream().filter(Finding::isError).count());
    }

    private void approve() {
        ContentVersion v = selected.get();
        Actor actor = session.actor();
        decide(() -> content.service().approve(actor, v.contentId(), v.version()),
                messages.get("content.review.approved", v.body().name()));
    }

    /** Without a reason, asks for one (the view focuses the field) instead of rejecting. */
    private void reject() {
        if (reason.get() == null || reason.get().isBlank()) {
            hint.set(messages.get("content.review.reasonRequired"));
            reasonRequests.set(reasonRequests.get() + 1);
            return;
        }
        ContentVersion v = selected.get();
        Actor actor = session.actor();
        String why = reason.get();
        decide(() -> content.service().reject(actor, v.contentId(), v.version(), why),
                messages.get("content.review.rejected", v.body().name()));
    }

    private void decide(Runnable decision, String done) {
        busy.set(true);
        BackgroundTask.wrap(decision).onSuccess(x -> {
            dialogs.notify(done);
            reload();
        }).onFailure(this::failed).onFinished(() -> busy.set(false)).executeWith(executor);
    }

    private void failed(Throwable e) {
        String title = messages.get("content.library.failed");
        if (e instanceof ContentStateException state) {
            dialogs.showError(title, messages.get(state.messageKey(), state.args()));
            reload();
        } else if (e instanceof AccessDeniedException denied) {
            dialogs.showError(messages.get("members.denied.title"), messages.get(denied.messageKey()));
        } else {
            dialogs.showErrorWithDetails(title, messages.get("content.library.unexpected"), e);
        }
    }

    public String queueLabel(ContentVersion v) {
        return messages.get("content.review.queueLine", messages.get("content.type." + v.type().name()),
                memberName.apply(v.author()));
    }

    public List<ContentAction> actions() {
        return List.of(approve, reject);
    }

    public ContentAction approveAction() {
        return approve;
    }

    public ContentAction rejectAction() {
        return reject;
    }

    public ObservableList<ContentVersion> queue() {
        return queue;
    }

    public ObjectProperty<ContentVersion> selectedProperty() {
        return selected;
    }

    public ObservableList<TextDiff.Row> diff() {
        return diff;
    }

    public StringProperty baseLabelProperty() {
        return baseLabel;
    }

    public StringProperty submissionLabelProperty() {
        return submissionLabel;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public IntegerProperty errorsProperty() {
        return errors;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty ownNoteProperty() {
        return ownNote;
    }

    public StringProperty hintProperty() {
        return hint;
    }

    public IntegerProperty reasonRequestsProperty() {
        return reasonRequests;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
