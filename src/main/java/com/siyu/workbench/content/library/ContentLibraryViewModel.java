package com.siyu.workbench.content.library;

import com.siyu.workbench.content.ApprovedInvite;
import com.siyu.workbench.content.ContactVariables;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentFilter;
import com.siyu.workbench.content.ContentModule;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.ContentSummary;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.ScopeTarget;
import com.siyu.workbench.content.lint.ContentLinter;
import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Session;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 内容库: the list (search as you type, type/scene/status filters), the editor of the selected item, its preview and
 * version history. Reviewers edit; guides read approved content and may propose a change. The service enforces all
 * of it; this model only mirrors what the person may do in enabled actions.
 */
public final class ContentLibraryViewModel {
    private final ContentModule content;
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Function<String, String> memberName;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<ContentType> typeFilter = new SimpleObjectProperty<>(this, "typeFilter");
    private final ObjectProperty<String> sceneFilter = new SimpleObjectProperty<>(this, "sceneFilter");
    private final ObjectProperty<ContentStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObservableList<ContentSummary> items = FXCollections.observableArrayList();
    private final ObservableList<String> scenes = FXCollections.observableArrayList();
    private final ObservableList<ContentVersion> history = FXCollections.observableArrayList();
    private final ObservableList<ContactVariables.GroupChoice> groups = FXCollections.observableArrayList();
    private final ObjectProperty<ContentVersion> current = new SimpleObjectProperty<>(this, "current");
    private final BooleanProperty creating = new SimpleBooleanProperty(this, "creating");
    private final BooleanProperty proposing = new SimpleBooleanProperty(this, "proposing");
    private final BooleanProperty canEdit = new SimpleBooleanProperty(this, "canEdit");
    private final BooleanProperty canPropose = new SimpleBooleanProperty(this, "canPropose");
    private final BooleanProperty canReview = new SimpleBooleanProperty(this, "canReview");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty statusText = new SimpleStringProperty(this, "statusText", "");
    private final StringProperty reviewReason = new SimpleStringProperty(this, "reviewReason", "");
    /** For an invite template: where its WeCom join way (加群二维码) stands. */
    private final StringProperty joinWayStatus = new SimpleStringProperty(this, "joinWayStatus", "");
    private final ContentEditorModel editor;
    private final PreviewModel preview;
    private final ScopePicker scopePicker;
    private final LibraryActions actions;
    private final ChangeListener<Actor> actorListener = (obs, old, now) -> onActor();
    private ContentLinter linter = ContentLinter.withDefaults();
    private long listRequest;

    public ContentLibraryViewModel(ContentModule content, Session session, TaskExecutor executor,
                                   DialogService dialogs, Messages messages, Function<String, String> memberName) {
        this.content = content;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.memberName = memberName;
        this.editor = new ContentEditorModel(() -> linter);
        this.preview = new PreviewModel(content.variables(), executor, messages);
        this.scopePicker = new ScopePicker(editor, messages);
        this.actions = new LibraryActions(this, content, executor, dialogs, messages);
        preview.setGroupNames(chatId -> groups.stream().filter(g -> g.chatId().equals(chatId))
                .map(ContactVariables.GroupChoice::name).findFirst().orElse(null));
        query.addListener((obs, old, now) -> reload());
        typeFilter.addListener((obs, old, now) -> reload());
        sceneFilter.addListener((obs, old, now) -> reload());
        statusFilter.addListener((obs, old, now) -> reload());
        editor.revisionProperty().addListener((obs, old, now) -> preview.render(editor.toBody()));
        editor.dirtyProperty().addListener((obs, old, now) -> updateStatus());
        editable.bind(Bindings.createBooleanBinding(this::computeEditable, current, creating, proposing, canEdit,
                canPropose));
    }

    /** Attaches to the session and loads; called when the screen is shown. */
    public void activate() {
        session.actorProperty().addListener(actorListener);
        onActor();
    }

    public void deactivate() {
        session.actorProperty().removeListener(actorListener);
    }

    Actor actor() {
        return session.actor();
    }

    private void onActor() {
        Actor actor = actor();
        if (actor == null) {
            return;
        }
        canEdit.set(AccessPolicy.allows(actor, Permission.EDIT_CONTENT));
        canPropose.set(AccessPolicy.allows(actor, Permission.PROPOSE_CONTENT));
        canReview.set(AccessPolicy.allows(actor, Permission.REVIEW_CONTENT));
        clearEditor();
        preview.loadContacts(actor.userid());
        BackgroundTask.wrap(progress -> new Object[] {content.lintSettings().linter(), content.library().scenes(),
                content.variables().customerGroups(), content.scopeTargets().all()}).onSuccess(r -> {
                    linter = (ContentLinter) r[0];
                    @SuppressWarnings("unchecked") List<String> sceneList = (List<String>) r[1];
                    @SuppressWarnings("unchecked") List<ContactVariables.GroupChoice> groupList =
                            (List<ContactVariables.GroupChoice>) r[2];
                    scenes.setAll(sceneList);
                    groups.setAll(groupList);
                    @SuppressWarnings("unchecked") List<ScopeTarget> targets = (List<ScopeTarget>) r[3];
                    scopePicker.setTargets(targets);
                    editor.relint();
                }).executeWith(executor);
        reload();
    }

    /** Re-runs the list query; a slower earlier answer never overwrites a newer one (search as you type). */
    public void reload() {
        Actor actor = actor();
        if (actor == null) {
            return;
        }
        long request = ++listRequest;
        ContentFilter filter = new ContentFilter(query.get(), typeFilter.get(), sceneFilter.get(), statusFilter.get());
        BackgroundTask.wrap(progress -> content.library().list(actor, filter)).onSuccess(list -> {
            if (request == listRequest) {
                items.setAll(list);
            }
        }).executeWith(executor);
    }

    /** Opens an item in the editor: its latest version the viewer may see, and the versions before it. */
    public void open(String id) {
        Actor actor = actor();
        BackgroundTask.wrap(progress -> new Object[] {content.library().open(actor, id),
                content.library().history(actor, id), content.approved().invite(id)}).onSuccess(r -> {
                    @SuppressWarnings("unchecked") Optional<ContentVersion> version = (Optional<ContentVersion>) r[0];
                    @SuppressWarnings("unchecked") List<ContentVersion> versions = (List<ContentVersion>) r[1];
                    @SuppressWarnings("unchecked") Optional<ApprovedInvite> live = (Optional<ApprovedInvite>) r[2];
                    show(version.orElse(null), versions);
                    joinWayStatus.set(joinWayText(version.orElse(null), live.orElse(null)));
                }).executeWith(executor);
    }

    private String joinWayText(ContentVersion version, ApprovedInvite live) {
        if (version == null || version.body().type() != ContentType.INVITE) {
            return "";
        }
        if (live == null || live.targetChatId() == null) {
            return messages.get("content.editor.joinWay.afterApproval");
        }
        if (live.joinWayConfigId().isEmpty()) {
            return messages.get("content.editor.joinWay.pending");
        }
        return live.joinQrCode().map(qr -> messages.get("content.editor.joinWay.ready", qr))
                .orElse(messages.get("content.editor.joinWay.created"));
    }

    void show(ContentVersion version, List<ContentVersion> versions) {
        creating.set(false);
        joinWayStatus.set("");
        proposing.set(false);
        current.set(version);
        List<ContentVersion> newestFirst = new java.util.ArrayList<>(versions == null ? List.of() : versions);
        java.util.Collections.reverse(newestFirst);
        history.setAll(newestFirst);
        reviewReason.set(version != null && version.status() == ContentStatus.REJECTED
                && version.reviewReason() != null ? version.reviewReason() : "");
        if (version != null) {
            editor.load(version.body());
        }
        updateStatus();
    }

    /** Starts new content of {@code type} with an empty step (scripts) so the author can type at once. */
    public void startNew(ContentType type) {
        current.set(null);
        joinWayStatus.set(type == ContentType.INVITE ? messages.get("content.editor.joinWay.afterApproval") : "");
        history.clear();
        reviewReason.set("");
        ContentBody blank = new ContentBody(type, "", null, List.of(), null, "", List.of(), null, null, null,
                List.of());
        editor.load(type == ContentType.SCRIPT ? blank.withSteps(List.of(
                com.siyu.workbench.content.ScriptStep.of(0, ""))) : blank);
        creating.set(true);
        proposing.set(false);
        updateStatus();
    }

    private void clearEditor() {
        current.set(null);
        joinWayStatus.set("");
        creating.set(false);
        proposing.set(false);
        history.clear();
        reviewReason.set("");
        editor.clear();
        updateStatus();
    }

    /** A guide (or anyone) starts editing an approved version as a proposal: saving makes it a new draft. */
    void startProposal() {
        proposing.set(true);
    }

    private boolean computeEditable() {
        if (creating.get()) {
            return canEdit.get() || canPropose.get();
        }
        ContentVersion v = current.get();
        if (v == null || v.status() == ContentStatus.SUBMITTED) {
            return false;
        }
        if (canEdit.get()) {
            return true;
        }
        boolean ownDraft = v.status() == ContentStatus.DRAFT && actor() != null && actor().userid().equals(v.author());
        return canPropose.get() && (ownDraft || proposing.get() || v.status() == ContentStatus.REJECTED
                && actor() != null && actor().userid().equals(v.author()));
    }

    void updateStatus() {
        ContentVersion v = current.get();
        String dirty = editor.dirtyProperty().get() ? messages.get("content.library.unsaved") : "";
        if (v == null) {
            statusText.set(creating.get() ? messages.get("content.library.status.new") + dirty : "");
            return;
        }
        statusText.set(messages.get("content.library.status.version", v.version(),
                messages.get("content.status." + v.status().name()), memberName.apply(v.author())) + dirty);
    }

    public String memberNameOf(String userid) {
        return userid == null ? "" : memberName.apply(userid);
    }

    public String typeLabel(ContentType type) {
        return messages.get("content.type." + type.name());
    }

    public String statusLabel(ContentSummary s) {
        if (s.retired()) {
            return messages.get("content.status.RETIRED");
        }
        String latest = messages.get("content.status." + s.latestStatus().name());
        if (s.shownVersion() == s.latestVersion()) {
            return latest;
        }
        // A newer version exists: reviewers and its own author hear about it; other guides see what they may send.
        boolean told = canReview.get() || canEdit.get() || actor() != null && actor().userid().equals(s.latestAuthor());
        return told ? messages.get("content.library.status.proposal", latest)
                : messages.get("content.status." + ContentStatus.APPROVED.name());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ContentType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<String> sceneFilterProperty() {
        return sceneFilter;
    }

    public ObjectProperty<ContentStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<ContentSummary> items() {
        return items;
    }

    public ObservableList<String> scenes() {
        return scenes;
    }

    public StringProperty joinWayStatusProperty() {
        return joinWayStatus;
    }

    public ScopePicker scopePicker() {
        return scopePicker;
    }

    public ObservableList<ContactVariables.GroupChoice> groups() {
        return groups;
    }

    public ObservableList<ContentVersion> history() {
        return history;
    }

    public ObjectProperty<ContentVersion> currentProperty() {
        return current;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public BooleanProperty canEditProperty() {
        return canEdit;
    }

    public BooleanProperty canProposeProperty() {
        return canPropose;
    }

    public BooleanProperty canReviewProperty() {
        return canReview;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public StringProperty reviewReasonProperty() {
        return reviewReason;
    }

    public ContentEditorModel editor() {
        return editor;
    }

    public PreviewModel preview() {
        return preview;
    }

    public LibraryActions actions() {
        return actions;
    }

    Messages messages() {
        return messages;
    }

    DialogService dialogs() {
        return dialogs;
    }

    void refreshLinter(ContentLinter fresh) {
        linter = fresh;
        editor.relint();
    }
}
