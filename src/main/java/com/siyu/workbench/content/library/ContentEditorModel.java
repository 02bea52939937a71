package com.siyu.workbench.content.library;

import com.siyu.workbench.content.Attachment;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.Scope;
import com.siyu.workbench.content.ScopeType;
import com.siyu.workbench.content.ScriptStep;
import com.siyu.workbench.content.lint.ContentLinter;
import com.siyu.workbench.content.lint.Finding;
import com.siyu.workbench.content.lint.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The body being edited, field by field, with its lint findings recomputed on every change (the linter is pure and
 * fast, so this is "as you type"). Knows nothing about who is editing or where it is saved.
 */
public final class ContentEditorModel {
    private final Supplier<ContentLinter> linter;
    private final ObjectProperty<ContentType> type = new SimpleObjectProperty<>(this, "type", ContentType.SCRIPT);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty scene = new SimpleStringProperty(this, "scene", "");
    private final StringProperty audience = new SimpleStringProperty(this, "audience", "");
    private final ObjectProperty<ScopeType> scopeType = new SimpleObjectProperty<>(this, "scopeType",
            ScopeType.DEFAULT);
    private final StringProperty scopeValue = new SimpleStringProperty(this, "scopeValue", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final StringProperty targetChatId = new SimpleStringProperty(this, "targetChatId", "");
    private final StringProperty joinQrCode = new SimpleStringProperty(this, "joinQrCode", "");
    private final StringProperty groupWelcomeText = new SimpleStringProperty(this, "groupWelcomeText", "");
    private final ObservableList<StepModel> steps = FXCollections.observableArrayList(
            s -> new Observable[] {s.dayProperty(), s.windowStartProperty(), s.windowEndProperty(), s.textProperty(),
                    s.attachments()});
    private final ObjectProperty<StepModel> selectedStep = new SimpleObjectProperty<>(this, "selectedStep");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final IntegerProperty errors = new SimpleIntegerProperty(this, "errors");
    private final IntegerProperty warnings = new SimpleIntegerProperty(this, "warnings");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    /** Counts changes (edits and loads), so the preview can follow every one. */
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
    private ContentBody loaded;
    private boolean loading;
    /** Nothing is open: nothing to check. */
    private boolean blank = true;

    public ContentEditorModel(Supplier<ContentLinter> linter) {
        this.linter = linter;
        for (Observable o : Arrays.asList(type, name, scene, audience, scopeType, scopeValue, text, targetChatId,
                joinQrCode, groupWelcomeText)) {
            o.addListener(x -> changed());
        }
        attachments.addListener((ListChangeListener<Attachment>) c -> changed());
        steps.addListener((ListChangeListener<StepModel>) c -> changed());
    }

    /** Shows {@code body}; nothing is dirty afterwards. */
    public void load(ContentBody body) {
        blank = false;
        loading = true;
        try {
            type.set(body.type());
            name.set(body.name());
            scene.set(body.scene() == null ? "" : body.scene());
            audience.set(String.join("、", body.audience()));
            scopeType.set(body.scope() == null ? ScopeType.DEFAULT : body.scope().type());
            scopeValue.set(body.scope() == null || body.scope().value() == null ? "" : body.scope().value());
            text.set(body.text() == null ? "" : body.text());
            attachments.setAll(body.attachments());
            targetChatId.set(body.targetChatId() == null ? "" : body.targetChatId());
            joinQrCode.set(body.joinQrCode() == null ? "" : body.joinQrCode());
            groupWelcomeText.set(body.groupWelcomeText() == null ? "" : body.groupWelcomeText());
            steps.setAll(body.steps().stream().map(StepModel::of).toList());
            selectedStep.set(steps.isEmpty() ? null : steps.get(0));
        } finally {
            loading = false;
        }
        loaded = toBody();
        relint();
        dirty.set(false);
        revision.set(revision.get() + 1);
    }

    /** True while {@link #load} fills the fields (listeners tell a load from an edit). */
    public boolean isLoading() {
        return loading;
    }

    /** Nothing open: empty fields, no findings. */
    public void clear() {
        load(ContentBody.script("", null, List.of(), List.of()));
        blank = true;
        relint();
    }

    public ContentBody toBody() {
        List<ScriptStep> stepList = steps.stream().map(StepModel::toStep).toList();
        return new ContentBody(type.get(), name.get(), scene.get(),
                Arrays.asList(audience.get().split("[、,，|;；]")), new Scope(scopeType.get(), scopeValue.get()),
                text.get(), attachments, targetChatId.get(), joinQrCode.get(), groupWelcomeText.get(), stepList);
    }

    private void changed() {
        if (loading) {
            return;
        }
        relint();
        dirty.set(loaded == null || !loaded.equals(toBody()));
        revision.set(revision.get() + 1);
    }

    /** Re-checks with the current word lists (after an admin edited them). */
    public void relint() {
        List<Finding> all = blank ? List.of() : linter.get().lint(toBody());
        findings.setAll(all);
        errors.set((int) ContentLinter.count(all, Severity.ERROR));
        warnings.set((int) ContentLinter.count(all, Severity.WARNING));
    }

    public StepModel addStep() {
        StepModel step = new StepModel();
        step.dayProperty().set(steps.isEmpty() ? 0 : steps.get(steps.size() - 1).dayProperty().get() + 1);
        steps.add(step);
        selectedStep.set(step);
        return step;
    }

    public void removeStep(StepModel step) {
        int index = steps.indexOf(step);
        steps.remove(step);
        selectedStep.set(steps.isEmpty() ? null : steps.get(Math.max(0, Math.min(index, steps.size() - 1))));
    }

    public void moveStep(StepModel step, int delta) {
        int from = steps.indexOf(step);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= steps.size()) {
            return;
        }
        steps.remove(from);
        steps.add(to, step);
        selectedStep.set(step);
    }

    /** The lint field name of a step's text ({@code steps[1].text}). */
    public String stepField(StepModel step) {
        return "steps[" + steps.indexOf(step) + "].text";
    }

    /** Replaces {@code [start, end)} of the field's text (applying a lint suggestion). */
    public void replace(String field, int start, int end, String replacement) {
        StringProperty target = textOf(field);
        if (target != null && end <= target.get().length()) {
            target.set(target.get().substring(0, start) + replacement + target.get().substring(end));
        }
    }

    /** The editable text a lint field refers to, or null. */
    public StringProperty textOf(String field) {
        if ("text".equals(field)) {
            return text;
        }
        if ("groupWelcomeText".equals(field)) {
            return groupWelcomeText;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (field.equals("steps[" + i + "].text")) {
                return steps.get(i).textProperty();
            }
        }
        return null;
    }

    public ObjectProperty<ContentType> typeProperty() {
        return type;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty sceneProperty() {
        return scene;
    }

    public StringProperty audienceProperty() {
        return audience;
    }

    public ObjectProperty<ScopeType> scopeTypeProperty() {
        return scopeType;
    }

    public StringProperty scopeValueProperty() {
        return scopeValue;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public StringProperty targetChatIdProperty() {
        return targetChatId;
    }

    public StringProperty joinQrCodeProperty() {
        return joinQrCode;
    }

    public StringProperty groupWelcomeTextProperty() {
        return groupWelcomeText;
    }

    public ObservableList<StepModel> steps() {
        return steps;
    }

    public ObjectProperty<StepModel> selectedStepProperty() {
        return selectedStep;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public IntegerProperty errorsProperty() {
        return errors;
    }

    public IntegerProperty warningsProperty() {
        return warnings;
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }
}
