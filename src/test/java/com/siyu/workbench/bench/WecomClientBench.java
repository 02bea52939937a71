package com.siyu.workbench.bench;

import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.wecom.RateLimits;
import com.siyu.workbench.wecom.WeComClient;
import com.siyu.workbench.wecom.WeComClientBuilder;
import com.siyu.workbench.wecom.WeComConfig;
import com.siyu.workbench.wecom.dto.Page;
import com.siyu.workbench.wecom.dto.ContactWithFollow;
import java.util.List;
import java.util.Locale;

/**
 * The WeCom client paging every customer of a sandbox corp with batch/get_by_user over loopback: once with the
 * production rate limits (what a full sync costs on the client side) and once unlimited (the client's own
 * overhead per page: HTTP, parsing, binding). Args: [contacts] (default 50 000).
 */
public final class WecomClientBench {
    private WecomClientBench() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        // Without TCP_NODELAY the JDK HttpServer behind the sandbox meets delayed ACKs on keep-alive connections
        // (~40 ms a page); set it here so the figures show the client, not that stall.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withMembers(20)
                .withContacts(contacts).withRateLimitPerMinute(0))) {
            WeComConfig base = WeComConfig.of(sandbox.baseUrl(), sandbox.corpId(), sandbox.secret(), null);
            run(null, base.withRateLimits(RateLimits.unlimited())); // warm-up: JIT on both sides
            run("wecom-client-unlimited", base.withRateLimits(RateLimits.unlimited()));
            run("wecom-client-production-limits", base);
        }
    }

    private static void run(String name, WeComConfig config) {
        Stopwatch pages = new Stopwatch();
        long pairs = 0;
        int pageCount = 0;
        long start = System.nanoTime();
        try (WeComClient client = new WeComClientBuilder(config).build()) {
            List<String> members = client.getFollowUserList();
            for (List<String> chunk : com.siyu.workbench.wecom.Paging.chunks(members, 100)) {
                String cursor = "";
                do {
                    long t0 = System.nanoTime();
                    Page<ContactWithFollow> page = client.batchGetByUser(chunk, cursor, 100);
                    pages.record(System.nanoTime() - t0);
                    pairs += page.items().size();
                    pageCount++;
                    cursor = page.nextCursor();
                } while (!cursor.isEmpty());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (name == null) {
            return;
        }
        System.out.println(pages.summary(name + "-page"));
        System.out.println(String.format(Locale.ROOT,
                "{\"bench\":\"%s\",\"pairs\":%d,\"pages\":%d,\"seconds\":%.2f,\"pagesPerSecond\":%.0f,"
                        + "\"pairsPerSecond\":%.0f,\"peakHeapMb\":%d}",
                name, pairs, pageCount, seconds, pageCount / seconds, pairs / seconds, Stopwatch.peakHeapMb()));
    }
}
