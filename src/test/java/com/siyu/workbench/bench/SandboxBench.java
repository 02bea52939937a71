package com.siyu.workbench.bench;

import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.sandbox.model.Member;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many batch/get_by_user pages (100 contacts each) the sandbox serves per second over loopback: several client
 * connections (keep-alive) page through every rep's customers again and again. Target: ≥ 2,000 pages/s. Besides
 * wall-clock pages/s it prints pages per CPU-second of the whole JVM and of the sandbox's threads alone, which hold
 * still when other work on the machine takes cores away.
 * Args: [contacts] [connections] [seconds].
 */
public final class SandboxBench {
    private SandboxBench() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        long startGen = System.nanoTime();
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults().withContacts(contacts)
                .withRateLimitPerMinute(0))) {
            double generation = (System.nanoTime() - startGen) / 1e9;
            String token = token(server);
            List<String> reps = server.model().org().followUsers().stream().map(Member::userid).toList();
            String url = server.baseUrl() + "/cgi-bin/externalcontact/batch/get_by_user?access_token=" + token;
            run(url, reps, connections, 3, null, new AtomicLong());
            Stopwatch watch = new Stopwatch();
            AtomicLong bytes = new AtomicLong();
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            long serverStart = serverCpuNanos();
            long pages = run(url, reps, connections, seconds, watch, bytes);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            double serverCpu = (serverCpuNanos() - serverStart) / 1e9;
            // server and client share this JVM and the machine: pages per CPU-second says what the pair costs
            // even when other work competes for the two cores
            System.out.println(String.format(Locale.ROOT,
                    "{\"bench\":\"sandbox-batch-pages\",\"contacts\":%d,\"connections\":%d,\"pages\":%d,"
                            + "\"seconds\":%.1f,\"pages_per_s\":%.0f,\"mb_per_s\":%.1f,\"cpu_s\":%.1f,"
                            + "\"pages_per_cpu_s\":%.0f,\"server_cpu_s\":%.1f,\"pages_per_server_cpu_s\":%.0f,"
                            + "\"load_avg\":%.1f,\"generation_s\":%.1f}",
                    contacts, connections, pages, elapsed, pages / elapsed, bytes.get() / elapsed / 1e6, cpu,
                    pages / cpu, serverCpu, pages / serverCpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), generation));
            System.out.println(watch.summary("sandbox-batch-page-latency"));
            System.out.println("{\"bench\":\"sandbox-heap\",\"peak_heap_mb\":" + Stopwatch.peakHeapMb() + "}");
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time of the sandbox's own threads (its handler pool and the JDK server's dispatcher), i.e. what serving
     * costs without the bench's client: pages per server CPU-second is the sandbox's capacity per core, whatever
     * else the machine is doing.
     */
    private static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("wecom-sandbox-")
                    || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static long run(String url, List<String> reps, int connections, int seconds, Stopwatch watch,
                            AtomicLong bytes) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int offset = c;
                results.add(pool.submit(() -> pageUntil(url, rotate(reps, offset), deadline, watch, bytes)));
            }
            long pages = 0;
            for (Future<Long> result : results) {
                pages += result.get();
            }
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long pageUntil(String url, List<String> reps, long deadline, Stopwatch watch, AtomicLong bytes)
            throws IOException {
        String list = "[\"" + String.join("\",\"", reps) + "\"]";
        byte[] buffer = new byte[1 << 20];
        long pages = 0;
        String cursor = "";
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            int length = post(url, "{\"userid_list\":" + list + ",\"limit\":100,\"cursor\":\"" + cursor + "\"}",
                    buffer);
            long took = System.nanoTime() - start;
            if (watch != null) {
                synchronized (watch) {
                    watch.record(took);
                }
            }
            bytes.addAndGet(length);
            cursor = nextCursor(buffer, length);
            pages++;
        }
        return pages;
    }

    /** Posts and reads the answer into {@code buffer} (no per-page allocation on the client side); returns its length. */
    private static int post(String url, String json, byte[] buffer) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int length = connection.getContentLength();
        try (InputStream in = connection.getInputStream()) {
            if (in.readNBytes(buffer, 0, length) != length) {
                throw new IOException("short page");
            }
        }
        return length;
    }

    /** The next_cursor value, found at the end of the page without parsing the whole body. */
    private static String nextCursor(byte[] body, int length) {
        String tail = new String(body, Math.max(0, length - 120), Math.min(120, length), StandardCharsets.UTF_8);
        int at = tail.lastIndexOf("\"next_cursor\":\"");
        if (at < 0) {
            throw new IllegalStateException("not a batch page: " + tail);
        }
        return tail.substring(at + 15, tail.indexOf('"', at + 15));
    }

    private static List<String> rotate(List<String> reps, int by) {
        List<String> rotated = new ArrayList<>(reps.subList(by % reps.size(), reps.size()));
        rotated.addAll(reps.subList(0, by % reps.size()));
        return rotated;
    }

    private static String token(SandboxServer server) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(server.baseUrl() + "/cgi-bin/gettoken?corpid="
                + server.corpId() + "&corpsecret=" + server.secret()).openConnection();
        try (InputStream in = connection.getInputStream()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int at = body.indexOf("\"access_token\":\"") + 16;
            return body.substring(at, body.indexOf('"', at));
        }
    }
}
