package com.siyu.workbench.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.sandbox.api.ApiContext;
import com.siyu.workbench.sandbox.api.BehaviorEndpoint;
import com.siyu.workbench.sandbox.api.ContactReadEndpoints;
import com.siyu.workbench.sandbox.api.ContactViews;
import com.siyu.workbench.sandbox.api.ContactWayEndpoints;
import com.siyu.workbench.sandbox.api.Endpoint;
import com.siyu.workbench.sandbox.api.GroupChatEndpoints;
import com.siyu.workbench.sandbox.api.JoinWayEndpoints;
import com.siyu.workbench.sandbox.api.MassSendEndpoints;
import com.siyu.workbench.sandbox.api.MessageSendEndpoint;
import com.siyu.workbench.sandbox.api.MessageTemplateEndpoint;
import com.siyu.workbench.sandbox.api.OrgEndpoints;
import com.siyu.workbench.sandbox.api.RemarkEndpoint;
import com.siyu.workbench.sandbox.api.TagEndpoints;
import com.siyu.workbench.sandbox.api.WelcomeTemplateEndpoints;
import com.siyu.workbench.sandbox.data.DatasetGenerator;
import com.siyu.workbench.sandbox.model.SandboxModel;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A protocol-faithful WeCom server on 127.0.0.1: the /cgi-bin/ endpoints the workbench uses over a generated,
 * deterministic corp, plus admin calls (also available here as methods) that move time and confirm mass sends.
 * Start with {@link #start(SandboxConfig)}; {@link #close()} stops it.
 */
public final class SandboxServer implements AutoCloseable {
    private static final int THREADS = 16;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final SandboxConfig config;
    private final String corpId;
    private final String secret;
    private final SandboxClock clock;
    private final SandboxModel model;
    private final TokenStore tokens;
    private final FaultInjector faults;
    private final TrafficCounters counters = new TrafficCounters();
    private final StateJournal journal;
    private final TimeAdvancer advancer;
    private final SendConfirmer confirmer;
    private final CgiRouter router;
    private HttpServer http;
    private ExecutorService executor;

    private SandboxServer(SandboxConfig config, StateJournal journal, ObjectMapper mapper) {
        this.config = config;
        this.journal = journal;
        this.corpId = config.corpId() != null ? config.corpId()
                : "ww" + String.format("%016x", (config.seed() + 1) * 0x9E3779B97F4A7C15L);
        this.secret = config.secret() != null ? config.secret() : randomSecret();
        this.clock = new SandboxClock(config.clock());
        long base = journal.baseTime().orElse(config.clock().instant().getEpochSecond());
        DatasetGenerator generator = new DatasetGenerator(config.seed(), config.members(),
                java.time.Instant.ofEpochSecond(base));
        this.model = generator.generate(config.contacts());
        ApiContext context = new ApiContext(model, generator.ids(), clock::now, mapper, config.seed());
        this.tokens = new TokenStore(generator.ids(), config.tokenTtl().toSeconds());
        this.faults = new FaultInjector(config.seed(), config.faults());
        this.advancer = new TimeAdvancer(model, clock, generator.ids(), config.seed());
        this.confirmer = new SendConfirmer(model, clock, config.seed());
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new TokenEndpoint(context, tokens, corpId, secret).endpoint());
        endpoints.addAll(new OrgEndpoints(context).endpoints());
        endpoints.addAll(new ContactReadEndpoints(context, new ContactViews(mapper, model.tags())).endpoints());
        endpoints.addAll(new RemarkEndpoint(context).endpoints());
        endpoints.addAll(new TagEndpoints(context).endpoints());
        endpoints.addAll(new MessageTemplateEndpoint(context).endpoints());
        endpoints.addAll(new MassSendEndpoints(context).endpoints());
        endpoints.addAll(new WelcomeTemplateEndpoints(context).endpoints());
        endpoints.addAll(new GroupChatEndpoints(context).endpoints());
        endpoints.addAll(new JoinWayEndpoints(context).endpoints());
        endpoints.addAll(new ContactWayEndpoints(context).endpoints());
        endpoints.addAll(new BehaviorEndpoint(context).endpoints());
        endpoints.addAll(new MessageSendEndpoint(context).endpoints());
        this.router = new CgiRouter(endpoints, clock, tokens, new RateLimiter(config.rateLimitPerMinute()), faults,
                new RequestIds(config.seed()), counters, mapper, model.lock(), journal);
    }

    /** Generates the corp, replays the state file if any, and listens on 127.0.0.1:{@code config.port()}. */
    public static SandboxServer start(SandboxConfig config) throws IOException {
        ObjectMapper mapper = Json.newMapper();
        StateJournal journal = config.stateFile() == null ? StateJournal.none(mapper)
                : StateJournal.open(mapper, config.stateFile());
        journal.checkMatches(config);
        SandboxServer server = new SandboxServer(config, journal, mapper);
        server.replay(mapper);
        journal.startWriting(server.clock.baseNow(), config);
        server.listen(mapper);
        return server;
    }

    private void replay(ObjectMapper mapper) {
        for (StateJournal.Entry entry : journal.entries()) {
            clock.pinnedAt(entry.at(), () -> {
                switch (entry.kind()) {
                    case "cgi" -> replayWrite(entry);
                    case "advance" -> advancer.advance(mapper.convertValue(entry.body(), AdvanceRequest.class));
                    case "confirm-sends" -> confirmer.confirm(entry.body().path("fraction").asDouble(1.0));
                    default -> {
                    }
                }
                return null;
            });
        }
    }

    private void replayWrite(StateJournal.Entry entry) {
        try {
            router.replay(entry.path(), (ObjectNode) entry.body());
        } catch (RuntimeException e) {
            // the same write failed when it was first made too (errors are journaled only on success)
            org.slf4j.LoggerFactory.getLogger(SandboxServer.class).debug("replayed write {} failed", entry.path());
        }
    }

    private void listen(ObjectMapper mapper) throws IOException {
        // the JDK server writes headers and body separately; with Nagle on, every answer waits for a delayed ACK
        // (~40 ms). The property is read once, when the first server of the JVM is created.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 512);
        http.createContext("/", router);
        http.createContext("/sandbox/", new AdminHandler(this, mapper));
        executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        http.setExecutor(executor);
        http.start();
    }

    private static ThreadFactory daemonThreads() {
        ThreadFactory base = Executors.defaultThreadFactory();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = base.newThread(runnable);
            thread.setName("wecom-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String corpId() {
        return corpId;
    }

    public String secret() {
        return secret;
    }

    public SandboxConfig config() {
        return config;
    }

    /** The live model, for assertions: members, contacts, follows, tags, groups, tasks, ways. */
    public SandboxModel model() {
        return model;
    }

    /** The sandbox's now in epoch seconds (the configured clock plus advances). */
    public long now() {
        return clock.now();
    }

    public void setFaults(FaultPlan plan) {
        faults.setPlan(plan);
    }

    public FaultPlan faults() {
        return faults.plan();
    }

    /** POST /sandbox/advance: moves time on and applies the changes; journaled to the state file. */
    public AdvanceSummary advance(AdvanceRequest request) {
        return model.lock().write(() -> {
            long at = clock.baseNow();
            AdvanceSummary summary = advancer.advance(request);
            journal.recordAdmin(at, "advance", request);
            return summary;
        });
    }

    /** POST /sandbox/expire-tokens: every live token expires now (next use: 42001). */
    public int expireTokens() {
        return tokens.expireAll(clock.now());
    }

    /** POST /sandbox/confirm-sends: members confirm that share of the pending mass-send tasks. */
    public List<SendConfirmation> confirmSends(double fraction) {
        if (fraction < 0 || fraction > 1 || Double.isNaN(fraction)) {
            throw new IllegalArgumentException("fraction must be within 0..1");
        }
        return model.lock().write(() -> {
            long at = clock.baseNow();
            List<SendConfirmation> done = confirmer.confirm(fraction);
            journal.recordAdmin(at, "confirm-sends", java.util.Map.of("fraction", fraction));
            return done;
        });
    }

    public SandboxStats stats() {
        var follows = model.contacts().allFollows();
        long lost = follows.stream().filter(f -> f.lost()).count();
        var tasks = model.messageTasks().tasks();
        int pending = (int) tasks.stream().flatMap(t -> t.senders().stream()).filter(s -> s.pending()).count();
        return new SandboxStats(clock.now(), model.org().members().size(), model.contacts().contactCount(),
                follows.size() - lost, lost, model.tags().liveGroups().size(), model.tags().liveTagCount(),
                model.groupChats().chats().size(), tasks.size(), pending, model.ways().contactWays().size(),
                model.ways().joinWays().size(), model.ways().welcomeTemplates().size(), tokens.issuedCount(),
                counters.requests(), counters.faults(), counters.errcodes());
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            journal.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(SandboxServer.class).warn("closing the sandbox state file failed", e);
        }
    }
}
