package com.siyu.workbench.queue;

import java.time.LocalDate;
import java.util.List;

/** A member's day as the walk-through shows it. */
public record QueueDay(String member, LocalDate day, List<TaskCard> tasks) {
    public QueueDay {
        tasks = List.copyOf(tasks);
    }
}
