package com.siyu.workbench.bench;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.queue.QueueData;
import com.siyu.workbench.queue.QueueDemo;
import com.siyu.workbench.queue.QueueModule;
import com.siyu.workbench.queue.generate.GenerationResult;
import com.siyu.workbench.queue.rules.ActionType;
import com.siyu.workbench.queue.rules.Audience;
import com.siyu.workbench.queue.rules.RuleAction;
import com.siyu.workbench.queue.rules.RuleCap;
import com.siyu.workbench.queue.rules.Section;
import com.siyu.workbench.queue.rules.SopRule;
import com.siyu.workbench.queue.rules.StopConditions;
import com.siyu.workbench.queue.rules.Timing;
import com.siyu.workbench.queue.rules.Trigger;
import com.siyu.workbench.queue.rules.TriggerType;
import com.siyu.workbench.queue.today.TodayAction;
import com.siyu.workbench.queue.today.TodayViewModel;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Queue generation for one member's day over 20,000 contacts and 30 rules (target &lt; 200 ms), and opening the
 * next task card in the walk-through (target &lt; 50 ms). Args: [contacts] [days].
 */
public final class QueueBench {
    private static final String GUIDE = TestWorkbench.GUIDE;

    private QueueBench() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("queue-bench");
        LocalDate first = LocalDate.of(2026, 11, 23);
        com.siyu.workbench.queue.MutableClock clock =
                new com.siyu.workbench.queue.MutableClock(QueueData.at(first + "T08:30"), QueueData.SHANGHAI);
        try (Workbench workbench = TestWorkbench.open(dir, clock)) {
            QueueDemo.catalogue(workbench.db());
            // A settled store: customers added evenly over two years (about 27 a day for 20,000).
            QueueDemo.customers(workbench.db(), GUIDE, contacts, clock.instant().minusSeconds(86_400L * days), 42,
                    1.0);
            QueueModule queue = workbench.queue();
            int rules = addRules(queue, 30);
            System.out.printf("{\"setup\":\"contacts=%d rules=%d days=%d\"}%n", contacts, rules, days);
            calibrate();

            Stopwatch morning = new Stopwatch();
            Stopwatch again = new Stopwatch();
            Stopwatch morningCpu = new Stopwatch();
            Stopwatch againCpu = new Stopwatch();
            long inserted = 0;
            for (int d = 0; d < days; d++) {
                LocalDate day = first.plusDays(d);
                clock.set(QueueData.at(day + "T08:30"));
                long start = System.nanoTime();
                long cpu = cpuNanos();
                GenerationResult result = queue.generator().generate(GUIDE, day);
                morningCpu.record(cpuNanos() - cpu);
                morning.record(System.nanoTime() - start);
                inserted += result.inserted();
                for (int i = 0; i < 3; i++) {
                    long againStart = System.nanoTime();
                    long againCpuStart = cpuNanos();
                    queue.generator().generate(GUIDE, day);
                    againCpu.record(cpuNanos() - againCpuStart);
                    again.record(System.nanoTime() - againStart);
                }
                if (d < days - 1) {
                    workTheDay(workbench, day);
                }
            }
            System.out.println(morning.summary("queue-generate-day (first run of a day, writes its tasks)"));
            System.out.println(morningCpu.summary("queue-generate-day cpu time (same runs)"));
            System.out.println(again.summary("queue-generate-day (again, nothing to write)"));
            System.out.println(againCpu.summary("queue-generate-day cpu time (again)"));
            System.out.printf("{\"tasks_per_day\":%.1f}%n", (double) inserted / days);
            nextCard(queue, clock);
            System.out.printf("{\"peak_heap_mb\":%d,\"load_avg\":%.1f}%n", Stopwatch.peakHeapMb(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The guide works through the day: what was due is done by the evening (so overdue does not pile up). */
    private static void workTheDay(Workbench workbench, LocalDate day) {
        workbench.db().write(c -> com.siyu.workbench.store.Sql.update(c, "UPDATE tasks SET status = 'DONE',"
                + " completed_at = ? WHERE member_userid = ? AND status IN ('OPEN', 'SNOOZED') AND due_date <= ?",
                QueueData.at(day + "T18:00"), GUIDE, day));
    }

    /** The walk-through's J: focus the next task and build its card (contact, reason, filled message). */
    private static void nextCard(QueueModule queue, Clock clock) {
        Actor guide = new Actor(GUIDE, "张晓雯", Set.of(Role.GUIDE));
        TodayViewModel vm = new TodayViewModel(queue, () -> guide, new CurrentThreadTaskExecutor(),
                ScriptedDialogs.failingOnError(), Messages.load(Language.ZH_CN), text -> { });
        vm.load();
        long tasks = vm.rows().stream().filter(r -> !r.isHeader()).count();
        Stopwatch next = new Stopwatch();
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < tasks; i++) {
                next.time(() -> vm.execute(TodayAction.NEXT));
            }
            for (int i = 0; i < tasks; i++) {
                vm.execute(TodayAction.PREVIOUS);
            }
        }
        System.out.println(next.summary("queue-next-card (J over " + tasks + " tasks)"));
        Stopwatch done = new Stopwatch();
        for (int i = 0; i < Math.min(30, tasks - 1); i++) {
            done.time(() -> vm.execute(TodayAction.DONE));
        }
        System.out.println(done.summary("queue-done-and-next (D: write, log, touch, re-read, next card)"));
    }

    /**
     * The default rules (all switched on) plus segment rules up to {@code total}: each generated rule targets one
     * segment (a level, a skin type, an interest, a stage) the way a store's SOP does, with the triggers spread.
     */
    private static int addRules(QueueModule queue, int total) {
        Actor admin = new Actor(TestWorkbench.ADMIN, "陈管理", Set.of(Role.ADMIN));
        queue.rules().setEnabled(admin, com.siyu.workbench.queue.rules.DefaultRules.EVENT_INVITE, true);
        int count = queue.rules().list(admin).size();
        String[] segments = {"lv-gold", "lv-diamond", "sk-sensitive", "sk-dry", "sk-oily", "in-cream", "in-serum",
            "in-sun", "in-mask", "st-hot", "st-intent", "st-vip", "lv-silver"};
        TriggerType[] triggers = {TriggerType.DAYS_SINCE_ADDED, TriggerType.DAYS_SINCE_TOUCH,
            TriggerType.DAYS_SINCE_ORDER, TriggerType.NO_REPLY, TriggerType.TAG_ADDED, TriggerType.DATE_FIELD};
        for (int i = 0; count < total; i++, count++) {
            TriggerType type = triggers[i % triggers.length];
            String segment = segments[i % segments.length];
            Trigger trigger = switch (type) {
                case TAG_ADDED -> Trigger.tag(type, segment);
                case DATE_FIELD -> Trigger.date(Trigger.BIRTHDAY, i % 3);
                default -> Trigger.days(type, 7 + (i * 11) % 84);
            };
            Audience audience = Audience.everyone().withTagsAny(List.of(segment))
                    .withTagsNone(i % 2 == 0 ? List.of("st-won") : List.of());
            RuleAction action = i % 3 == 0 ? RuleAction.remind(ActionType.CALL, "电话回访", Section.FOLLOW_UP)
                    : RuleAction.script(i % 2 == 0 ? "script-repurchase" : "script-win-back", Section.WIN_BACK);
            queue.rules().save(admin, new SopRule("bench-" + i, "规则 " + i, true, 10 + i, trigger, audience, action,
                    Timing.END_OF_DAY, StopConditions.ALL, i % 4 == 0 ? new RuleCap(15) : RuleCap.NONE, 0, null,
                    null));
        }
        return count;
    }

    /** A fixed CPU-bound job (hashing 64 MB), to read the figures against the machine's load at the time. */
    private static void calibrate() {
        Stopwatch watch = new Stopwatch();
        byte[] block = new byte[1 << 20];
        for (int round = 0; round < 5; round++) {
            watch.time(() -> {
                try {
                    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                    for (int i = 0; i < 64; i++) {
                        sha.update(block);
                    }
                    sha.digest();
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        System.out.println(watch.summary("calibration: SHA-256 of 64 MB (about 50 ms on an idle core of this machine)"));
    }
}
