package com.siyu.workbench.queue;

import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Permission;
import com.siyu.workbench.queue.generate.QueueGenerator;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Opens a member's day for the walk-through (generating it first) and sums it up at the end. */
public final class QueueDayService {
    private final Database db;
    private final QueueGenerator generator;
    private final TaskRepository tasks;
    private final Clock clock;

    public QueueDayService(Database db, QueueGenerator generator, TaskRepository tasks, Clock clock) {
        this.db = db;
        this.generator = generator;
        this.tasks = tasks;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Generates today for the actor (cheap and idempotent) and reads the day. */
    public QueueDay openToday(Actor actor) {
        AccessPolicy.require(actor, Permission.WORK_OWN_QUEUE);
        LocalDate today = today();
        generator.generate(actor.userid(), today);
        return read(actor.userid(), today);
    }

    /** Reads a day without generating (after an action, to refresh counts). */
    public QueueDay read(Actor actor, LocalDate day) {
        AccessPolicy.require(actor, Permission.WORK_OWN_QUEUE);
        return read(actor.userid(), day);
    }

    /** Reads a member's day for the system (the headless command), no person acting. */
    public QueueDay read(String member, LocalDate day) {
        Instant start = day.atStartOfDay(clock.getZone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return new QueueDay(member, day, tasks.day(member, day, start, end));
    }

    public DaySummary summary(Actor actor, LocalDate day) {
        AccessPolicy.require(actor, Permission.WORK_OWN_QUEUE);
        Instant start = day.atStartOfDay(clock.getZone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return db.read(c -> {
            // Unfinished work of today or before carries over; a touch the cap held back to a later day was never
            // in today's list, so it is counted apart (it is not the guide's backlog).
            List<Object[]> counts = Sql.query(c, "SELECT CASE WHEN status = 'HELD' AND due_date > ? THEN 'MOVED'"
                    + " ELSE status END, COUNT(*) FROM tasks WHERE member_userid = ?"
                    + " AND ((completed_at >= ? AND completed_at < ? AND status IN ('SENT', 'DONE', 'SKIPPED'))"
                    + " OR (status IN ('OPEN', 'SNOOZED') AND due_date <= ?)"
                    + " OR (status = 'HELD' AND due_date <= ?)) GROUP BY 1",
                    rs -> new Object[] {rs.getString(1), rs.getInt(2)}, day, actor.userid(), start, end, day,
                    day.plusDays(1));
            int sent = 0;
            int done = 0;
            int skipped = 0;
            int carried = 0;
            int moved = 0;
            for (Object[] row : counts) {
                int n = (Integer) row[1];
                switch ((String) row[0]) {
                    case "SENT" -> sent = n;
                    case "DONE" -> done = n;
                    case "SKIPPED" -> skipped = n;
                    case "MOVED" -> moved = n;
                    default -> carried += n;
                }
            }
            List<String> touched = Sql.query(c, "SELECT COALESCE(NULLIF(f.remark, ''), c.name) FROM contact_touches t"
                    + " JOIN contacts c ON c.external_userid = t.external_userid"
                    + " LEFT JOIN follows f ON f.external_userid = t.external_userid AND f.userid = t.userid"
                    + " WHERE t.userid = ? AND t.touched_at >= ? AND t.touched_at < ?"
                    + " GROUP BY t.external_userid ORDER BY MIN(t.touched_at)",
                    rs -> rs.getString(1), actor.userid(), start, end);
            return new DaySummary(sent, done, skipped, carried, moved, touched);
        });
    }
}
