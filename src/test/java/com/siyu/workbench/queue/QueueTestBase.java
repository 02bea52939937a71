package com.siyu.workbench.queue;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.generate.GenerationResult;
import com.siyu.workbench.queue.rules.Audience;
import com.siyu.workbench.queue.rules.AudienceResolver;
import com.siyu.workbench.queue.rules.RuleAction;
import com.siyu.workbench.queue.rules.RuleCap;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.StopConditions;
import com.siyu.workbench.queue.rules.Timing;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real workbench database, a clock the test moves, and the queue module on top; no default rules. */
abstract class QueueTestBase {
    static final String GUIDE = TestWorkbench.GUIDE;
    static final String LEAD = TestWorkbench.LEAD;
    static final Actor ADMIN = new Actor(TestWorkbench.ADMIN, "陈管理", Set.of(Role.ADMIN));
    static final Actor GUIDE_ACTOR = new Actor(GUIDE, "张晓雯", Set.of(Role.GUIDE));
    /** Monday 2026-11-23 (Asia/Shanghai), the day most tests work on. */
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    MutableClock clock;
    Workbench workbench;
    QueueModule queue;
    QueueData data;

    @BeforeEach
    void openWorkbench() throws Exception {
        clock = new MutableClock(QueueData.at("2026-11-23T08:30"), QueueData.SHANGHAI);
        workbench = TestWorkbench.open(dir, clock);
        queue = new QueueModule(workbench.db(), clock, workbench.activityLog(), workbench.outbox(), audiences(),
                workbench.contacts().edits());
        data = new QueueData(workbench.db());
        // Each test states the rules it needs; the defaults a fresh database gets are tested on their own.
        workbench.db().write(c -> Sql.update(c, "DELETE FROM sop_rules"));
    }

    AudienceResolver audiences() {
        return AudienceResolver.NONE;
    }

    @AfterEach
    void closeWorkbench() {
        workbench.close();
    }

    /** Saves a rule as the admin, stamped "now" (so it is in effect from today). */
    SopRule rule(String id, Trigger trigger, RuleAction action) {
        return rule(new SopRule(id, id, true, 50, trigger, Audience.everyone(), action, Timing.NOON,
                StopConditions.NONE, RuleCap.NONE, 0, null, null));
    }

    SopRule rule(SopRule rule) {
        return queue.rules().save(ADMIN, rule);
    }

    GenerationResult generate(LocalDate day) {
        return queue.generator().generate(GUIDE, day);
    }

    /** Moves the clock to 08:30 on {@code day} and generates the guide's queue for it (a morning sign-in). */
    GenerationResult morning(LocalDate day) {
        clock.set(QueueData.at(day + "T08:30"));
        return generate(day);
    }

    List<TaskRow> tasks() {
        return tasks(GUIDE);
    }

    List<TaskRow> tasks(String member) {
        return workbench.db().read(c -> Sql.query(c, "SELECT id, external_userid, rule_id, rule_revision, kind,"
                + " section, due_date, status, status_reason, step_no, content_id, content_version, reason_code,"
                + " reason_json FROM tasks WHERE member_userid = ? ORDER BY due_date, external_userid, rule_id,"
                + " step_no", rs -> new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3),
                Sql.integer(rs, "rule_revision"), rs.getString(5), rs.getString(6), LocalDate.parse(rs.getString(7)),
                rs.getString(8), rs.getString(9), Sql.integer(rs, "step_no"), rs.getString(11),
                Sql.integer(rs, "content_version"), rs.getString(13), rs.getString(14)), member));
    }

    List<TaskRow> tasksOf(String contact) {
        return tasks().stream().filter(t -> t.contact().equals(contact)).toList();
    }

    /** A row of {@code tasks}, as the tests look at it. */
    record TaskRow(String id, String contact, String rule, Integer revision, String kind, String section,
                   LocalDate due, String status, String statusReason, Integer step, String contentId,
                   Integer contentVersion, String reasonCode, String reasonJson) {
    }
}
