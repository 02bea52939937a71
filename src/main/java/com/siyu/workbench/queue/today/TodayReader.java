package com.siyu.workbench.queue.today;

import com.siyu.workbench.core.BackgroundTask;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.core.TaskHandle;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.queue.QueueModule;
import com.siyu.workbench.queue.RenderedMessage;
import com.siyu.workbench.queue.TagRef;
import com.siyu.workbench.queue.TaskCard;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Reads the guide's day off the UI thread: at most one read in flight (a newer one cancels the older), and
 * "loading" stays on until the newest read is in — a cancelled read finishes too, but may not end it.
 */
final class TodayReader {
    /** A day as read, with every card's message rendered so focusing a card never touches the database. */
    record LoadedDay(LocalDate day, List<TaskCard> tasks, Map<String, RenderedMessage> messages, List<TagRef> tags) {
    }

    private final QueueModule queue;
    private final TaskExecutor executor;
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private TaskHandle reading;
    private long opens;

    TodayReader(QueueModule queue, TaskExecutor executor) {
        this.queue = queue;
        this.executor = executor;
    }

    /** Opens today for the member, generating it first; "loading" meanwhile. */
    void open(Actor who, Consumer<LoadedDay> shown, Consumer<Throwable> failed) {
        loading.set(true);
        cancel();
        long open = ++opens;
        reading = BackgroundTask.wrap(progress -> loaded(queue.days().openToday(who).tasks()))
                .onSuccess(shown)
                .onFailure(failed)
                .onFinished(() -> loading.set(open != opens))
                .executeWith(executor);
    }

    /** Reads the day again as written (after an action), without generating and without "loading". */
    void reread(Actor who, LocalDate day, Consumer<LoadedDay> shown, Consumer<Throwable> failed) {
        cancel();
        reading = BackgroundTask.wrap(progress -> loaded(queue.days().read(who, day).tasks()))
                .onSuccess(shown)
                .onFailure(failed)
                .executeWith(executor);
    }

    /** Drops a read still in flight; its result would be stale anyway. Writes are never cancelled. */
    void cancel() {
        if (reading != null && !reading.isDone()) {
            reading.cancel();
        }
    }

    BooleanProperty loadingProperty() {
        return loading;
    }

    private LoadedDay loaded(List<TaskCard> cards) {
        Map<String, RenderedMessage> texts = new HashMap<>();
        for (TaskCard task : cards) {
            queue.renderer().render(task).ifPresent(m -> texts.put(task.id(), m));
        }
        return new LoadedDay(queue.days().today(), cards, texts, queue.tasks().allTags());
    }
}
