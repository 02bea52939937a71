package com.siyu.workbench.queue.today;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.queue.DaySummary;
import com.siyu.workbench.queue.QueueModule;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What is open over the task card (an action's small form, the help, the day's summary) and the summary itself,
 * read in the background; it opens by itself once, when the last task of the day has been handled.
 */
final class TodayPanels {
    private final QueueModule queue;
    private final Supplier<Actor> actor;
    private final TaskExecutor executor;
    private final Consumer<Throwable> failed;
    private final ObjectProperty<TodayPanel> panel = new SimpleObjectProperty<>(this, "panel", TodayPanel.NONE);
    private final ObjectProperty<DaySummary> summary = new SimpleObjectProperty<>(this, "summary");
    private boolean summaryOffered;

    TodayPanels(QueueModule queue, Supplier<Actor> actor, TaskExecutor executor, Consumer<Throwable> failed) {
        this.queue = queue;
        this.actor = actor;
        this.executor = executor;
        this.failed = failed;
    }

    void open(TodayPanel which) {
        panel.set(which);
    }

    void close() {
        panel.set(TodayPanel.NONE);
    }

    /** Help and summary open over a task; acting on the task closes them. */
    boolean overlayOpen() {
        return panel.get() == TodayPanel.HELP || panel.get() == TodayPanel.SUMMARY;
    }

    void toggle(TodayPanel which, LocalDate day) {
        if (panel.get() == which) {
            close();
        } else if (which == TodayPanel.SUMMARY) {
            openSummary(day);
        } else {
            panel.set(which);
        }
    }

    /** Another member or another day: its summary may open by itself again. */
    void newDay() {
        summaryOffered = false;
    }

    /** Once the last task of the day is handled (as written, not just as shown), the summary opens by itself. */
    void offerSummaryWhen(boolean allHandled, LocalDate day) {
        if (!summaryOffered && allHandled) {
            summaryOffered = true;
            openSummary(day);
        }
    }

    private void openSummary(LocalDate day) {
        Actor who = actor.get();
        BackgroundTask.wrap(progress -> queue.days().summary(who, day))
                .onSuccess(result -> {
                    summary.set(result);
                    panel.set(TodayPanel.SUMMARY);
                })
                .onFailure(failed)
                .executeWith(executor);
    }

    ObjectProperty<TodayPanel> panelProperty() {
        return panel;
    }

    ObjectProperty<DaySummary> summaryProperty() {
        return summary;
    }
}
