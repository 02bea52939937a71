package com.siyu.workbench.queue.rules;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.core.TaskHandle;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.queue.QueueModule;
import com.siyu.workbench.ui.DialogService;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rule editor: the list of rules, the form of the selected one, a preview of what it would generate today for a
 * member, and save (admins and leads; everyone else reads). Saving regenerates today's queues, which touches only
 * the saved rule's untouched tasks.
 */
public final class RulesViewModel {
    private final QueueModule queue;
    private final RuleChoicesRepository choicesSource;
    private final Supplier<Actor> actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObservableList<SopRule> rules = FXCollections.observableArrayList();
    private final ObjectProperty<SopRule> selected = new SimpleObjectProperty<>(this, "selected");
    private final RuleForm form = new RuleForm();
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final BooleanProperty creating = new SimpleBooleanProperty(this, "creating", false);
    private final StringProperty problems = new SimpleStringProperty(this, "problems", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final StringProperty preview = new SimpleStringProperty(this, "preview", "");
    private final ObjectProperty<Choice> previewMember = new SimpleObjectProperty<>(this, "previewMember");
    private final ObjectProperty<RuleChoices> choices = new SimpleObjectProperty<>(this, "choices");
    private TaskHandle reading;

    public RulesViewModel(QueueModule queue, RuleChoicesRepository choices, Supplier<Actor> actor,
                          TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.queue = queue;
        this.choicesSource = choices;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        previewMember.addListener((obs, old, now) -> refreshPreview());
    }

    private record Loaded(List<SopRule> rules, RuleChoices choices) {
    }

    public void load() {
        Actor who = actor.get();
        if (who == null) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().id();
        cancelReads();
        reading = BackgroundTask.wrap(progress -> new Loaded(queue.rules().list(who), choicesSource.load()))
                .onSuccess(loaded -> {
                    editable.set(queue.rules().canEdit(who));
                    choices.set(loaded.choices());
                    rules.setAll(loaded.rules());
                    if (previewMember.get() == null) {
                        previewMember.set(defaultPreviewMember(loaded.choices(), who));
                    }
                    select(loaded.rules().stream().filter(r -> r.id().equals(keep)).findFirst()
                            .orElse(loaded.rules().isEmpty() ? null : loaded.rules().get(0)));
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** The acting member if they have customers, else the member with the most. */
    private static Choice defaultPreviewMember(RuleChoices choices, Actor who) {
        List<Choice> candidates = choices.membersWithContacts();
        return candidates.stream().filter(m -> m.value().equals(who.userid())).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    /** Drops a read still in flight (the screen is hidden); saves always complete. */
    public void cancelReads() {
        if (reading != null && !reading.isDone()) {
            reading.cancel();
        }
    }

    public void select(SopRule rule) {
        creating.set(false);
        selected.set(rule);
        problems.set("");
        if (rule != null) {
            form.load(rule);
            refreshPreview();
        }
    }

    public void newRule() {
        selected.set(null);
        creating.set(true);
        problems.set("");
        form.clear();
        preview.set("");
    }

    public void save() {
        Actor who = actor.get();
        SopRule edited;
        try {
            edited = form.toRule(creating.get() || selected.get() == null ? queue.rules().newId()
                    : selected.get().id(), 0);
        } catch (RuleValidationException e) {
            showProblems(e);
            return;
        }
        BackgroundTask.wrap(progress -> {
            SopRule saved = queue.rules().save(who, edited);
            queue.refresh().afterRuleEdit();
            return saved;
        }).onSuccess(saved -> {
            problems.set("");
            notice.set(messages.get("queue.rules.saved", saved.name(), saved.revision()));
            creating.set(false);
            selected.set(saved);
            load();
        }).onFailure(this::failed).executeWith(executor);
    }

    public void toggleEnabled() {
        SopRule rule = selected.get();
        if (rule == null) {
            return;
        }
        form.enabled.set(!rule.enabled());
        save();
    }

    /** "Would generate N tasks today for <member>", with the form as it is now (saved or not). */
    public void refreshPreview() {
        Choice member = previewMember.get();
        if (member == null) {
            preview.set("");
            return;
        }
        SopRule edited;
        try {
            edited = form.toRule("preview", 0).withEnabled(true);
        } catch (RuleValidationException e) {
            preview.set("");
            return;
        }
        BackgroundTask.wrap(progress -> queue.generator().preview(List.of(edited), member.value(),
                        queue.generator().today()).size())
                .onSuccess(n -> preview.set(messages.get("queue.rules.preview.result", n, member.label())))
                .onFailure(e -> preview.set(messages.get("queue.rules.preview.failed")))
                .executeWith(executor);
    }

    /** One line under a rule's name in the list: when → what. */
    public String summary(SopRule rule) {
        Trigger t = rule.trigger();
        String when = messages.get("queue.rules.trigger." + t.type().name(), t.days());
        String what = messages.get("queue.rules.actionType." + rule.action().type().name());
        String id = rule.action().contentId();
        String content = id == null ? "" : " · " + contentName(id);
        return when + " → " + what + content;
    }

    private String contentName(String id) {
        RuleChoices known = choices.get();
        return known == null ? id : known.contents().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.approved() ? c.name() : messages.get("queue.rules.notApprovedShort", c.name()))
                .orElse(id);
    }

    private void showProblems(RuleValidationException e) {
        problems.set(e.problems().stream().map(p -> messages.get(p.messageKey(), p.args().toArray()))
                .collect(Collectors.joining("\n")));
    }

    private void failed(Throwable error) {
        if (error instanceof RuleValidationException invalid) {
            showProblems(invalid);
        } else if (error instanceof com.siyu.workbench.members.AccessDeniedException) {
            problems.set(messages.get("queue.rules.readOnly"));
        } else {
            dialogs.showErrorWithDetails(messages.get("queue.rules.error.title"), messages.get("queue.rules.error.body"),
                    error);
        }
    }

    public ObservableList<SopRule> rules() {
        return rules;
    }

    public ObjectProperty<SopRule> selectedProperty() {
        return selected;
    }

    public RuleForm form() {
        return form;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public ObjectProperty<Choice> previewMemberProperty() {
        return previewMember;
    }

    public ObjectProperty<RuleChoices> choicesProperty() {
        return choices;
    }

    public Messages messages() {
        return messages;
    }
}
