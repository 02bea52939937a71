package com.siyu.workbench.queue.today;

/** What is open over the task card: nothing, an action's small form, the help or the day's summary. */
public enum TodayPanel {
    NONE, SKIP, SNOOZE, NOTE, TAGS, HELP, SUMMARY
}
