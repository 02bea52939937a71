package com.siyu.workbench.queue.today;

import com.siyu.workbench.queue.TaskCard;
import com.siyu.workbench.queue.TaskStatus;
import java.time.LocalDate;

/** The walk-through's sections, in the order the guide works them; HELD lists what moved to tomorrow and why. */
public enum TodayGroup {
    NEW, FOLLOW_UP, REPURCHASE, WIN_BACK, OVERDUE, HELD;

    public String labelKey() {
        return "queue.today.group." + name();
    }

    public static TodayGroup of(TaskCard task, LocalDate today) {
        if (task.status() == TaskStatus.HELD) {
            return HELD;
        }
        if (task.overdueOn(today)) {
            return OVERDUE;
        }
        return switch (task.section()) {
            case NEW -> NEW;
            case FOLLOW_UP -> FOLLOW_UP;
            case REPURCHASE -> REPURCHASE;
            case WIN_BACK -> WIN_BACK;
        };
    }
}
