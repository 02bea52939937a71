package com.siyu.workbench.bench;

import com.siyu.workbench.audit.ActivityLog;
import com.siyu.workbench.audit.AuditModule;
import com.siyu.workbench.audit.DateRange;
import com.siyu.workbench.audit.DrillMetric;
import com.siyu.workbench.audit.JdbcActivityLog;
import com.siyu.workbench.audit.LogQuery;
import com.siyu.workbench.audit.LogVerifier;
import com.siyu.workbench.audit.TeamDashboard;
import com.siyu.workbench.audit.TeamDataset;
import com.siyu.workbench.audit.VerificationResult;
import com.siyu.workbench.cli.RootCommand;
import com.siyu.workbench.contacts.orders.JdbcOrderStats;
import com.siyu.workbench.contacts.orders.OrderSalesAttribution;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The team dashboard over 20 reps, 90 days and 500 000 log entries (with matching tasks, follows, touches,
 * behavior rows, message tasks and credited orders; its 业绩归因 section also timed alone), and {@code audit verify} over the same 500 000 entries.
 * {@code ./mvnw -Pbench verify -Dbench.args=audit}
 */
public final class AuditBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int RUNS = 15;

    private AuditBench() {
    }

    public static void main(String[] args) throws Exception {
        // -Daudit.bench.dir=DIR keeps the generated database there and reuses it on the next run.
        String keep = System.getProperty("audit.bench.dir");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("audit-bench");
        Path file = dir.resolve("bench.db");
        try {
            Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
            if (!Files.exists(file)) {
                generate(file);
            }
            try (Database db = Database.open(file)) {
                dashboards(db, clock);
            }
            verify(file);
            System.out.println("{\"peak_heap_mb\":" + Stopwatch.peakHeapMb() + "}");
        } finally {
            if (keep == null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void generate(Path file) throws Exception {
        long start = System.nanoTime();
        TeamDataset data;
        try (Database db = Database.open(file)) {
            data = TeamDataset.generate(db, new TeamDataset.Spec(20, 90, 500_000, 25, 12, 2026, TODAY), ZONE);
        }
        System.out.printf(Locale.ROOT, "{\"dataset\":\"audit\",\"reps\":%d,\"days\":90,\"logEntries\":%d,"
                            + "\"tasks\":%d,\"follows\":%d,\"touches\":%d,\"behaviorRows\":%d,\"messageTasks\":%d,"
                            + "\"generate_s\":%.1f,\"db_mb\":%d}%n",
                    data.reps.size(), data.log.size(), data.tasks.size(), data.follows.size(), data.touches.size(),
                    data.behavior.size(), data.messages.size(), (System.nanoTime() - start) / 1e9,
                Files.size(file) / (1024 * 1024));
    }

    private static void dashboards(Database db, Clock clock) {
        ActivityLog log = new JdbcActivityLog(db, clock);
        OrderSalesAttribution sales = new OrderSalesAttribution(new JdbcOrderStats(db));
        AuditModule audit = new AuditModule(db, clock, log, sales);
        Actor lead = new Actor(TeamDataset.REGION_LEAD, "周区经理", Set.of(Role.LEAD));
        DateRange quarter = DateRange.lastDays(TODAY, 90);
        for (int i = 0; i < 3; i++) {
            audit.dashboards().load(lead, quarter, null);
        }
        Stopwatch team90 = new Stopwatch();
        TeamDashboard[] last = new TeamDashboard[1];
        for (int i = 0; i < RUNS; i++) {
            team90.time(() -> last[0] = audit.dashboards().load(lead, quarter, null));
        }
        System.out.println(team90.summary("audit.dashboard.team.90d"));
        System.out.printf(Locale.ROOT, "{\"check\":\"dashboard\",\"reps\":%d,\"tasksDue\":%d,\"logEntriesInRange\":%d}%n",
                last[0].reps().size(), last[0].team().tasks().due(), last[0].team().logEntries());

        // the 业绩归因 part of every load above, on its own: what the sales section adds to the dashboard
        Stopwatch salesOnly = new Stopwatch();
        Set<String> team = last[0].scope().userids();
        for (int i = 0; i < RUNS; i++) {
            salesOnly.time(() -> sales.credited(quarter.start(ZONE), quarter.end(ZONE), team));
        }
        System.out.println(salesOnly.summary("audit.dashboard.sales.90d"));
        System.out.printf(Locale.ROOT, "{\"check\":\"sales\",\"orders\":%d,\"revenueCents\":%d,\"channels\":%d}%n",
                last[0].sales().total().orders(), last[0].sales().total().revenueCents(),
                last[0].sales().channels().size());

        Stopwatch month = new Stopwatch();
        for (int i = 0; i < RUNS; i++) {
            month.time(() -> audit.dashboards().load(lead, DateRange.lastDays(TODAY, 30), null));
        }
        System.out.println(month.summary("audit.dashboard.team.30d"));

        Stopwatch store = new Stopwatch();
        for (int i = 0; i < RUNS; i++) {
            store.time(() -> audit.dashboards().load(lead, quarter, TeamDataset.FIRST_STORE));
        }
        System.out.println(store.summary("audit.dashboard.store.90d"));

        String rep = last[0].reps().get(0).member().userid();
        Stopwatch drill = new Stopwatch();
        for (int i = 0; i < RUNS; i++) {
            drill.time(() -> audit.logs().entries(lead, new LogQuery(rep, DrillMetric.ALL.actions(), quarter)));
        }
        System.out.println(drill.summary("audit.drill.rep.all.90d.newest1000"));
        long entries = db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log"));
        System.out.println("{\"check\":\"log\",\"entries\":" + entries + "}");
    }

    private static void verify(Path file) throws Exception {
        Stopwatch verifier = new Stopwatch();
        VerificationResult[] result = new VerificationResult[1];
        for (int i = 0; i < 3; i++) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                long start = System.nanoTime();
                result[0] = new LogVerifier().verify(c, null, ProgressReporter.NONE);
                verifier.record(System.nanoTime() - start);
            }
        }
        System.out.println(verifier.summary("audit.verify.500k"));
        System.out.printf(Locale.ROOT, "{\"check\":\"verify\",\"ok\":%s,\"entries\":%d}%n", result[0].ok(),
                result[0].entries());

        Stopwatch cli = new Stopwatch();
        String[] out = new String[1];
        for (int i = 0; i < 3; i++) {
            cli.time(() -> {
                StringWriter text = new StringWriter();
                new CommandLine(new RootCommand()).setOut(new PrintWriter(text)).setErr(new PrintWriter(new StringWriter()))
                        .execute("audit", "verify", "--db", file.toString());
                out[0] = text.toString().strip();
            });
        }
        System.out.println(cli.summary("audit.verify.cli.500k"));
        System.out.println(out[0]);
    }
}
