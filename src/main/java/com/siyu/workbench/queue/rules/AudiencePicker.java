package com.siyu.workbench.queue.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.CheckComboBox;

/**
 * The rule editor's "对哪些客户" section: a multi-pick box per audience list of the form (tags, stages, channels,
 * members, departments) and the saved-filter picker, offered again from each load of {@link RuleChoices}.
 */
final class AudiencePicker {
    private record Check(CheckComboBox<Choice> box, ObservableList<String> values,
                         Function<RuleChoices, List<Choice>> offered) {
    }

    private final RuleOptions options;
    private final IdPicker<Choice> savedFilter;
    private final List<Check> checks = new ArrayList<>();

    AudiencePicker(RuleOptions options, ComboBox<Choice> savedFilterBox, StringProperty savedFilterId) {
        this.options = options;
        this.savedFilter = new IdPicker<>(savedFilterBox, savedFilterId, Choice::value, "",
                id -> id == null ? "" : id.strip(), options::missingSavedFilter);
    }

    /** Binds {@code box} to the form's {@code values}; {@code emptyText} says what picking nothing means. */
    AudiencePicker check(CheckComboBox<Choice> box, ObservableList<String> values,
                         Function<RuleChoices, List<Choice>> offered, String emptyText) {
        CheckSync.bind(box, values, emptyText);
        checks.add(new Check(box, values, offered));
        return this;
    }

    /** Offers the newly loaded choices, keeping what the form has picked. */
    void offer(RuleChoices choices) {
        for (Check check : checks) {
            CheckSync.offer(check.box(), check.offered().apply(choices), check.values());
        }
        savedFilter.offer(options.savedFilters(choices));
    }
}
