package com.siyu.workbench.queue.rules;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The rule being edited, field by field, as the editor binds it; converts to and from {@link SopRule}. */
public final class RuleForm {
    public final StringProperty name = new SimpleStringProperty("");
    public final BooleanProperty enabled = new SimpleBooleanProperty(true);
    public final ObjectProperty<Integer> priority = new SimpleObjectProperty<>(50);
    public final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.FOLLOW_UP);
    public final ObjectProperty<TriggerType> trigger = new SimpleObjectProperty<>(TriggerType.CONTACT_ADDED);
    public final ObjectProperty<Integer> days = new SimpleObjectProperty<>(0);
    /** "tag:&lt;id&gt;", "group:&lt;group&gt;" or "name:&lt;group&gt;/&lt;name&gt;". */
    public final ObjectProperty<Choice> triggerTag = new SimpleObjectProperty<>();
    public final ObjectProperty<String> dateField = new SimpleObjectProperty<>(Trigger.BIRTHDAY);
    public final ObservableList<String> tagsAll = FXCollections.observableArrayList();
    public final ObservableList<String> tagsAny = FXCollections.observableArrayList();
    public final ObservableList<String> tagsNone = FXCollections.observableArrayList();
    public final ObservableList<String> stages = FXCollections.observableArrayList();
    public final ObservableList<String> states = FXCollections.observableArrayList();
    public final ObservableList<String> members = FXCollections.observableArrayList();
    public final ObservableList<String> departments = FXCollections.observableArrayList();
    public final StringProperty savedFilter = new SimpleStringProperty("");
    public final ObjectProperty<ActionType> action = new SimpleObjectProperty<>(ActionType.REMINDER);
    public final ObjectProperty<String> contentId = new SimpleObjectProperty<>();
    public final ObjectProperty<Integer> fromStep = new SimpleObjectProperty<>(1);
    public final BooleanProperty onlyThisStep = new SimpleBooleanProperty(false);
    public final StringProperty text = new SimpleStringProperty("");
    public final ObjectProperty<Integer> dayOffset = new SimpleObjectProperty<>(0);
    public final ObjectProperty<WindowPreset> window = new SimpleObjectProperty<>(WindowPreset.NOON);
    public final StringProperty windowStart = new SimpleStringProperty("");
    public final StringProperty windowEnd = new SimpleStringProperty("");
    public final BooleanProperty stopReplied = new SimpleBooleanProperty(false);
    public final BooleanProperty stopBought = new SimpleBooleanProperty(false);
    public final BooleanProperty stopJoined = new SimpleBooleanProperty(false);
    public final BooleanProperty stopLost = new SimpleBooleanProperty(true);
    public final StringProperty maxPerDay = new SimpleStringProperty("");

    /** Whether the trigger takes a number of days: the editor shows that field only then. */
    public BooleanBinding usesDays() {
        return holds(trigger, TriggerType::usesDays);
    }

    public BooleanBinding usesTriggerTag() {
        return holds(trigger, TriggerType::usesTag);
    }

    public BooleanBinding usesDateField() {
        return holds(trigger, type -> type == TriggerType.DATE_FIELD);
    }

    /** Whether the action sends content (so it picks which). */
    public BooleanBinding sendsContent() {
        return holds(action, ActionType::sends);
    }

    /** Whether the action sends a script (so it picks the steps). */
    public BooleanBinding sendsScript() {
        return holds(action, type -> type == ActionType.SCRIPT);
    }

    public BooleanBinding customWindow() {
        return holds(window, preset -> preset == WindowPreset.CUSTOM);
    }

    private static <T> BooleanBinding holds(ObjectProperty<T> field, Predicate<T> test) {
        return Bindings.createBooleanBinding(() -> field.get() != null && test.test(field.get()), field);
    }

    public void load(SopRule r) {
        name.set(r.name());
        enabled.set(r.enabled());
        priority.set(r.priority());
        section.set(r.action().section());
        trigger.set(r.trigger().type());
        days.set(r.trigger().days());
        triggerTag.set(tagChoice(r.trigger()));
        dateField.set(r.trigger().dateField() == null ? Trigger.BIRTHDAY : r.trigger().dateField());
        Audience a = r.audience();
        tagsAll.setAll(a.tagsAll());
        tagsAny.setAll(a.tagsAny());
        tagsNone.setAll(a.tagsNone());
        stages.setAll(a.stages());
        states.setAll(a.states());
        members.setAll(a.members());
        departments.setAll(a.departments().stream().map(String::valueOf).toList());
        savedFilter.set(a.savedFilterId() == null ? "" : a.savedFilterId());
        action.set(r.action().type());
        contentId.set(r.action().contentId());
        fromStep.set(r.action().fromStep());
        onlyThisStep.set(r.action().onlyThisStep());
        text.set(r.action().text() == null ? "" : r.action().text());
        dayOffset.set(r.timing().dayOffset());
        window.set(WindowPreset.of(r.timing()));
        windowStart.set(r.timing().windowStart() == null ? "" : r.timing().windowStart().toString());
        windowEnd.set(r.timing().windowEnd() == null ? "" : r.timing().windowEnd().toString());
        stopReplied.set(r.stop().replied());
        stopBought.set(r.stop().bought());
        stopJoined.set(r.stop().joinedGroup());
        stopLost.set(r.stop().lost());
        maxPerDay.set(r.cap().maxPerDay() == null ? "" : String.valueOf(r.cap().maxPerDay()));
    }

    /** A blank new rule: a reminder on the day a contact is added, around noon. */
    public void clear() {
        load(new SopRule("new", "", true, 50, Trigger.of(TriggerType.CONTACT_ADDED), Audience.everyone(),
                RuleAction.remind(ActionType.REMINDER, "", Section.FOLLOW_UP), Timing.NOON,
                new StopConditions(false, false, false, true), RuleCap.NONE, 0, null, null));
    }

    /**
     * The rule as edited.
     *
     * @throws RuleValidationException when a field cannot be read (a time, a number); rule-level checks come later
     */
    public SopRule toRule(String id, int revision) {
        List<RuleProblem> problems = new ArrayList<>();
        Timing timing = timing(problems);
        Integer cap = cap(problems);
        if (!problems.isEmpty()) {
            throw new RuleValidationException(problems);
        }
        Audience audience = new Audience(tagsAll, tagsAny, tagsNone, states, stages, members,
                departments.stream().map(Integer::valueOf).toList(), savedFilter.get());
        RuleAction act = new RuleAction(action.get(), action.get().sends() ? contentId.get() : null,
                value(fromStep, 1), onlyThisStep.get(), text.get().isBlank() ? null : text.get().strip(),
                section.get());
        return new SopRule(id, name.get(), enabled.get(), value(priority, 50), trigger(), audience, act, timing,
                new StopConditions(stopReplied.get(), stopBought.get(), stopJoined.get(), stopLost.get()),
                new RuleCap(cap), revision, null, null);
    }

    private Trigger trigger() {
        TriggerType type = trigger.get();
        int n = type.usesDays() ? value(days, 0) : 0;
        if (type.usesTag() && triggerTag.get() != null) {
            String value = triggerTag.get().value();
            if (value.startsWith("tag:")) {
                return new Trigger(type, 0, value.substring(4), null, null, null);
            }
            if (value.startsWith("group:")) {
                return new Trigger(type, 0, null, value.substring(6), null, null);
            }
            String[] groupAndName = value.substring(5).split("/", 2);
            return new Trigger(type, 0, null, groupAndName[0], groupAndName.length > 1 ? groupAndName[1] : null, null);
        }
        return new Trigger(type, n, null, null, null, type == TriggerType.DATE_FIELD ? dateField.get() : null);
    }

    private Timing timing(List<RuleProblem> problems) {
        int offset = value(dayOffset, 0);
        if (window.get() != WindowPreset.CUSTOM) {
            return new Timing(offset, window.get().start(), window.get().end());
        }
        try {
            LocalTime start = LocalTime.parse(windowStart.get().strip());
            LocalTime end = LocalTime.parse(windowEnd.get().strip());
            if (end.isBefore(start)) {
                problems.add(RuleProblem.of("window", "queue.rules.problem.windowOrder"));
                return Timing.ANY_TIME;
            }
            return new Timing(offset, start, end);
        } catch (DateTimeParseException e) {
            problems.add(RuleProblem.of("window", "queue.rules.problem.windowTime"));
            return Timing.ANY_TIME;
        }
    }

    private Integer cap(List<RuleProblem> problems) {
        String value = maxPerDay.get() == null ? "" : maxPerDay.get().strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(RuleProblem.of("cap", "queue.rules.problem.cap"));
        return null;
    }

    private static Choice tagChoice(Trigger t) {
        if (t.tagId() != null) {
            return new Choice("tag:" + t.tagId(), t.tagId());
        }
        if (t.tagGroup() != null && t.tagName() != null) {
            return new Choice("name:" + t.tagGroup() + "/" + t.tagName(), t.tagGroup() + " / " + t.tagName());
        }
        return t.tagGroup() == null ? null : new Choice("group:" + t.tagGroup(), t.tagGroup());
    }

    private static int value(ObjectProperty<Integer> property, int fallback) {
        return property.get() == null ? fallback : property.get();
    }
}
