package com.siyu.workbench.queue.today;

import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;

/**
 * When each action of the walk-through may run: one binding per action over the focused task, its card, the open
 * panel and "loading". Buttons, shortcuts and the view model's own guards all read these.
 */
final class TodayCommands {
    private final Map<TodayAction, BooleanBinding> enabled = new EnumMap<>(TodayAction.class);
    private final ObservableObjectValue<TaskCard> focused;
    private final ObservableObjectValue<CardText> card;
    private final ObservableBooleanValue loading;

    TodayCommands(ObservableObjectValue<TaskCard> focused, ObservableObjectValue<CardText> card,
                  ObservableObjectValue<TodayPanel> panel, ObservableBooleanValue loading) {
        this.focused = focused;
        this.card = card;
        this.loading = loading;
        for (TodayAction action : TodayAction.values()) {
            enabled.put(action, Bindings.createBooleanBinding(() -> isEnabled(action), focused, card, panel, loading));
        }
    }

    BooleanBinding enabledProperty(TodayAction action) {
        return enabled.get(action);
    }

    boolean allows(TodayAction action) {
        return enabled.get(action).get();
    }

    private boolean isEnabled(TodayAction action) {
        if (loading.get()) {
            return false;
        }
        TaskCard task = focused.get();
        boolean open = task != null && (task.status() == TaskStatus.OPEN || task.status() == TaskStatus.SNOOZED);
        return switch (action) {
            case NEXT, PREVIOUS -> task != null;
            case SEARCH, HELP, SUMMARY -> true;
            case SEND -> open && card.get() != null && card.get().sendable();
            case COPY -> open && card.get() != null && !card.get().message().isBlank();
            case DONE, SKIP, SNOOZE -> open;
            case NOTE, TAGS, REPLIED -> task != null && !task.lost();
        };
    }
}
