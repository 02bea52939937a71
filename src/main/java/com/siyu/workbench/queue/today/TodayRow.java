package com.siyu.workbench.queue.today;

import com.siyu.workbench.queue.TaskCard;

/**
 * A line of the task list: a section header (with its open and total counts) or a task.
 *
 * @param open  for a header: tasks of the section still to do
 * @param total for a header: all tasks of the section
 */
public record TodayRow(TodayGroup group, TaskCard task, int open, int total) {
    public static TodayRow header(TodayGroup group, int open, int total) {
        return new TodayRow(group, null, open, total);
    }

    public static TodayRow task(TodayGroup group, TaskCard task) {
        return new TodayRow(group, task, 0, 0);
    }

    public boolean isHeader() {
        return task == null;
    }
}
