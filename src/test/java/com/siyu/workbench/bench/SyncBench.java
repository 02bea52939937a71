package com.siyu.workbench.bench;

import com.siyu.workbench.audit.JdbcActivityLog;
import com.siyu.workbench.members.JdbcMemberRepository;
import com.siyu.workbench.members.JdbcRoleRepository;
import com.siyu.workbench.sandbox.AdvanceRequest;
import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.sync.SyncEngine;
import com.siyu.workbench.sync.SyncListener;
import com.siyu.workbench.sync.PullCeiling;
import com.siyu.workbench.sync.SyncModule;
import com.siyu.workbench.sync.SyncRequest;
import com.siyu.workbench.sync.SyncResult;
import com.siyu.workbench.sync.WeComRemote;
import com.siyu.workbench.wecom.RateLimits;
import com.siyu.workbench.wecom.Sleeper;
import com.siyu.workbench.wecom.WeComApi;
import com.siyu.workbench.wecom.WeComClient;
import com.siyu.workbench.wecom.WeComClientBuilder;
import com.siyu.workbench.wecom.WeComConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code ./mvnw -Pbench verify -Dbench.args=sync [contacts] [members]}: the sync engine against the loopback
 * sandbox (100 000 contacts, 20 members by default). The sandbox runs in this JVM; every measured sync runs in a
 * fresh child JVM with {@code -Xmx256m}, so its peak heap is the sync's own. Printed, one JSON line each:
 * <ul>
 *   <li>{@code raw}: the same batch/get_by_user pages fetched and parsed by the same client, no database — the
 *       ceiling;</li>
 *   <li>{@code full}: a full sync into an empty database (relations/s, and as a fraction of the ceiling);</li>
 *   <li>{@code incremental}: after 1% of the relations changed (new, lost, re-tagged) — the scheduled incremental
 *       run, and "sync now" (which re-reads every relation).</li>
 * </ul>
 * The client runs unpaced and the sandbox without its 10 000/min limit, so the figures show the engine, not the
 * pacing (with production pacing, 6 000 calls/min per API, a 100 000-contact read cannot beat ~10 s).
 */
public final class SyncBench {
    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            Child.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        SandboxConfig config = SandboxConfig.defaults().withMembers(members).withContacts(contacts).withSeed(42)
                .withRateLimitPerMinute(0);
        Path dir = Files.createTempDirectory("sync-bench");
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            String db = dir.resolve("bench.db").toString();
            child(sandbox, "raw", db);
            child(sandbox, "full", db);
            int relations = (int) sandbox.stats().activeFollows();
            int change = Math.max(3, relations / 100);
            child(sandbox, "incremental", db, Integer.toString(change));
            sandbox.advance(new AdvanceRequest(0, change * 4 / 10, change * 3 / 10, change * 3 / 10, 0));
            child(sandbox, "syncnow", db);
        }
    }

    private static void child(SandboxServer sandbox, String mode, String db, String... extra) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SyncBench.class.getName(), "child", mode, sandbox.baseUrl(), sandbox.corpId(), sandbox.secret(), db));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println(line);
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(mode + " run failed");
        }
    }

    /** POST /sandbox/advance: the given numbers of new, lost and re-tagged relations, no time passing. */
    static void advance(String baseUrl, int added, int lost, int retagged) throws Exception {
        var body = String.format(Locale.ROOT,
                "{\"days\":0,\"newContacts\":%d,\"lostContacts\":%d,\"tagChanges\":%d,\"remarkChanges\":0}",
                added, lost, retagged);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/sandbox/advance"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        var answer = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("advance failed: HTTP " + answer.statusCode());
        }
    }

    /** CPU seconds this JVM has used (all threads), a steadier figure than wall time on a busy machine. */
    static double cpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : -1;
    }

    /** One measured run in its own JVM. */
    static final class Child {
        private Child() {
        }

        static void main(String[] args) throws Exception {
            String mode = args[0];
            WeComConfig config = WeComConfig.of(args[1], args[2], args[3], null)
                    .withRateLimits(RateLimits.unlimited());
            Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
            ExecutorService prefetch = Executors.newFixedThreadPool(3);
            try (WeComClient client = new WeComClientBuilder(config).build()) {
                if (mode.equals("raw")) {
                    raw(client, prefetch);
                    return;
                }
                try (Database db = Database.open(Path.of(args[4]))) {
                    WeComRemote remote = new WeComRemote(client, db, clock, new JdbcMemberRepository(db, clock),
                            new JdbcRoleRepository(db, clock), prefetch, SyncModule.FOLLOW_REFRESH);
                    SyncEngine engine = new SyncEngine(db, clock, new JdbcActivityLog(db, clock), Sleeper.SYSTEM);
                    if (mode.equals("incremental")) {
                        // the app's JVM is warm when its periodic run finds 1% changed: one run with nothing new first
                        measure(engine, remote, db, "incremental-unchanged", SyncRequest.incremental(null));
                        int change = Integer.parseInt(args[5]);
                        advance(args[1], change * 4 / 10, change * 3 / 10, change * 3 / 10);
                        measure(engine, remote, db, "incremental", SyncRequest.incremental(null));
                        return;
                    }
                    measure(engine, remote, db, mode,
                            mode.equals("full") ? SyncRequest.full(null) : SyncRequest.syncNow(null));
                    searchable(db, mode);
                }
            } finally {
                prefetch.shutdownNow();
            }
        }

        private static void measure(SyncEngine engine, WeComRemote remote, Database db, String name,
                                    SyncRequest request) {
            double cpuBefore = cpuSeconds();
            java.util.Map<String, double[]> steps = new java.util.LinkedHashMap<>();
            long start = System.nanoTime();
            SyncListener timing = p -> {
                double at = (System.nanoTime() - start) / 1e9;
                steps.computeIfAbsent(p.step(), k -> new double[] {at, at})[1] = at;
            };
            SyncResult result = engine.run(remote, request, timing, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder spans = new StringBuilder();
            steps.forEach((step, span) -> spans.append(spans.length() == 0 ? "" : ",").append(
                    String.format(Locale.ROOT, "\"%s\":%.2f", step, span[1] - span[0])));
            long relations = db.read(c -> com.siyu.workbench.store.Sql.queryLong(c,
                    "SELECT COUNT(*) FROM follows WHERE status = 'ACTIVE'"));
            System.out.println(String.format(Locale.ROOT, "{\"bench\":\"sync-%s\",\"status\":\"%s\","
                            + "\"seconds\":%.2f,\"pages\":%d,\"added\":%d,\"updated\":%d,\"lost\":%d,"
                            + "\"relations\":%d,\"relationsPerSecond\":%.0f,\"peakHeapMb\":%d,"
                            + "\"cpuSeconds\":%.1f,\"stepSeconds\":{%s}}",
                    name, result.status(), seconds, result.pages(), result.contactsAdded(),
                    result.contactsUpdated(), result.contactsLost(), relations,
                    name.equals("full") ? relations / seconds : 0.0, Stopwatch.peakHeapMb(),
                    cpuSeconds() - cpuBefore, spans));
        }

        /** What the app does right after a pull (LiveConnection): brings the contact search index up to date. */
        private static void searchable(Database db, String name) {
            long start = System.nanoTime();
            int documents = new com.siyu.workbench.contacts.ContactSearchIndex(db).refresh();
            System.out.println(String.format(Locale.ROOT, "{\"bench\":\"sync-%s-search-index\",\"seconds\":%.2f,"
                    + "\"customersReindexed\":%d}", name, (System.nanoTime() - start) / 1e9, documents));
        }

        /** The ceiling: the same list calls and relation pages in the same chains, parsed, nothing written. */
        private static void raw(WeComApi api, ExecutorService fetchers) {
            double cpuBefore = cpuSeconds();
            long start = System.nanoTime();
            List<String> users = api.getFollowUserList().stream().sorted().toList();
            java.util.concurrent.atomic.AtomicLong pages = new java.util.concurrent.atomic.AtomicLong();
            long relations = PullCeiling.readAll(api, users, fetchers, pages);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(String.format(Locale.ROOT, "{\"bench\":\"sync-raw\",\"seconds\":%.2f,\"pages\":%d,"
                    + "\"relations\":%d,\"relationsPerSecond\":%.0f,\"peakHeapMb\":%d,\"cpuSeconds\":%.1f}", seconds,
                    pages.get(), relations, relations / seconds, Stopwatch.peakHeapMb(), cpuSeconds() - cpuBefore));
        }
    }
}
