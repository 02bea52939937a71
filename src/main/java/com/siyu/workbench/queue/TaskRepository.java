package com.siyu.workbench.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The queue's tasks as the walk-through reads and changes them. */
public interface TaskRepository {
    /**
     * A member's day: tasks due that day (also held ones moved to the next day), unfinished tasks carried over from
     * earlier days, and earlier tasks finished during the day. Cancelled tasks are left out.
     */
    List<TaskCard> day(String member, LocalDate day, Instant dayStart, Instant dayEnd);

    Optional<TaskCard> find(String taskId);

    /** Changes a task's status inside the caller's transaction; false when the task was no longer open. */
    boolean finish(Connection c, String taskId, TaskStatus status, String reason, Instant at) throws SQLException;

    void snooze(Connection c, String taskId, Instant until, LocalDate dueDate) throws SQLException;

    void hold(Connection c, String taskId, LocalDate dueDate, StatusReason reason) throws SQLException;

    /** The corp tags a guide may put on a contact, grouped (for the tag editor). */
    List<TagRef> allTags();

    List<TagRef> tagsOf(String member, String contact);
}
