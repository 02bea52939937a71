package com.siyu.workbench.content.library;

import com.siyu.workbench.content.Scope;
import com.siyu.workbench.content.ScopeTarget;
import com.siyu.workbench.content.ScopeType;
import com.siyu.workbench.i18n.Messages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scope picker's state: the channels, members or departments of the local copy that fit the chosen scope type,
 * the one the editor's scope names, and — when the scope names something the local copy does not know (an import, a
 * member who left) — what is wrong, in the words submission would use. Picking writes the target's id back to the
 * editor; changing the type drops a value that belonged to the old one.
 */
public final class ScopePicker {
    private final ContentEditorModel editor;
    private final Messages messages;
    private final ObservableList<ScopeTarget> all = FXCollections.observableArrayList();
    private final ObservableList<ScopeTarget> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ScopeTarget> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private boolean syncing;

    ScopePicker(ContentEditorModel editor, Messages messages) {
        this.editor = editor;
        this.messages = messages;
        editor.scopeTypeProperty().addListener((obs, old, now) -> typeChanged(old));
        editor.scopeValueProperty().addListener((obs, old, now) -> fromEditor());
        selected.addListener((obs, old, now) -> picked(now));
    }

    /** The targets of the local copy ({@code ScopeTargets.all()}, read off the FX thread). */
    void setTargets(List<ScopeTarget> targets) {
        all.setAll(targets);
        refreshChoices();
        fromEditor();
    }

    private void typeChanged(ScopeType old) {
        refreshChoices();
        String value = editor.scopeValueProperty().get();
        boolean fitsNewType = choices.stream().anyMatch(t -> t.value().equals(value));
        if (old != null && value != null && !value.isEmpty() && !fitsNewType && !editor.isLoading()) {
            editor.scopeValueProperty().set("");
        }
        fromEditor();
    }

    private void refreshChoices() {
        ScopeType type = editor.scopeTypeProperty().get();
        choices.setAll(all.stream().filter(t -> t.type() == type).toList());
    }

    private void fromEditor() {
        ScopeType type = editor.scopeTypeProperty().get();
        String value = editor.scopeValueProperty().get();
        ScopeTarget match = choices.stream().filter(t -> t.type() == type && t.value().equals(value)).findFirst()
                .orElse(null);
        syncing = true;
        try {
            selected.set(match);
        } finally {
            syncing = false;
        }
        boolean unknown = type != null && type != ScopeType.DEFAULT && value != null && !value.isBlank()
                && match == null && !all.isEmpty();
        problem.set(unknown ? messages.get("content.error.scopeUnknown." + type.name(), value) : "");
    }

    private void picked(ScopeTarget target) {
        if (syncing || target == null) {
            return;
        }
        editor.scopeValueProperty().set(target.value());
    }

    /** How a scope reads in lists and the review header: 渠道 包裹卡, 成员 张晓雯 … (the raw id when unknown). */
    public String describe(Scope scope) {
        if (scope == null) {
            return "";
        }
        String type = messages.get("content.scope." + scope.type().name());
        if (scope.value() == null) {
            return type;
        }
        String label = all.stream().filter(t -> t.type() == scope.type() && t.value().equals(scope.value()))
                .map(ScopeTarget::label).findFirst().orElse(scope.value());
        return type + " " + label;
    }

    public ObservableList<ScopeTarget> choices() {
        return choices;
    }

    public ObjectProperty<ScopeTarget> selectedProperty() {
        return selected;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
