package com.siyu.workbench.queue.rules;

import com.siyu.workbench.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rule editor's pickers offer and how each option reads, built from {@link RuleChoices}: kept out of the
 * view so the editor's code-behind only binds. A value the choices no longer hold (a deleted tag, content or
 * saved filter) is offered too, labelled as missing, so opening and saving a rule never drops it.
 */
final class RuleOptions {
    private final Messages m;

    RuleOptions(Messages messages) {
        this.m = messages;
    }

    String section(Section section) {
        return m.get("queue.today.group." + section.name());
    }

    String trigger(TriggerType type) {
        return m.get("queue.rules.trigger." + type.name(), "N");
    }

    String dateField(String field) {
        return m.get("queue.reason.field." + field);
    }

    String action(ActionType type) {
        return m.get("queue.rules.actionType." + type.name());
    }

    String window(WindowPreset preset) {
        return m.get(preset.labelKey());
    }

    String content(RuleChoices.ContentOption content) {
        return content.approved() ? content.name() + "（" + content.id() + "）"
                : m.get("queue.rules.contentNotApproved", content.name(), content.id());
    }

    /** "Any tag of group …" for each group, then each tag; the rule's current trigger tag stays offered. */
    List<Choice> tagTriggers(RuleChoices choices, Choice current) {
        List<Choice> options = new ArrayList<>();
        choices.tagGroups().forEach(g -> options.add(new Choice("group:" + g.value(),
                m.get("queue.rules.anyTagOf", g.label()))));
        choices.tags().forEach(t -> options.add(new Choice("tag:" + t.value(), t.label())));
        if (current != null && options.stream().noneMatch(c -> c.value().equals(current.value()))) {
            options.add(current);
        }
        return options;
    }

    /** "No filter" (id "") and every saved contact filter. */
    List<Choice> savedFilters(RuleChoices choices) {
        List<Choice> options = new ArrayList<>();
        options.add(new Choice("", m.get("queue.rules.field.noFilter")));
        options.addAll(choices.savedFilters());
        return options;
    }

    Choice missingSavedFilter(String id) {
        return new Choice(id, m.get("queue.rules.field.savedFilterMissing", id));
    }

    /** The content items of the kind the action sends (scripts for a script, …); none for an action that sends none. */
    List<RuleChoices.ContentOption> contents(RuleChoices choices, ActionType type) {
        List<RuleChoices.ContentOption> options = new ArrayList<>();
        if (choices != null && type != null && type.sends()) {
            choices.contents().stream().filter(c -> c.type().equals(type.name())).forEach(options::add);
        }
        return options;
    }

    RuleChoices.ContentOption missingContent(String id, ActionType type) {
        return new RuleChoices.ContentOption(id, String.valueOf(type), m.get("queue.rules.contentMissing"), false);
    }
}
