package com.siyu.workbench.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code siyu-workbench sandbox …}: runs the WeCom sandbox headless. Prints one JSON line
 * {@code {"baseUrl":…,"corpId":…,"secret":…}} once it listens, then serves until the process is stopped
 * (SIGTERM / Ctrl-C close it cleanly) or the calling thread is interrupted.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"启动企业微信沙箱服务器（协议与企业微信服务端接口一致，使用生成的演示数据）。",
                "就绪后在标准输出打印一行 JSON：{\"baseUrl\":…,\"corpId\":…,\"secret\":…}。"})
public final class SandboxCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--port", description = "监听端口（127.0.0.1），0 表示随机空闲端口。默认 ${DEFAULT-VALUE}")
    private int port = 0;

    @Option(names = "--members", description = "成员数。默认 ${DEFAULT-VALUE}")
    private int members = 20;

    @Option(names = "--contacts", description = "客户数。默认 ${DEFAULT-VALUE}")
    private int contacts = 3000;

    @Option(names = "--seed", description = "数据集随机种子（相同种子生成相同数据）。默认 ${DEFAULT-VALUE}")
    private long seed = 7;

    @Option(names = "--corp-id", description = "企业 ID，不填则生成")
    private String corpId;

    @Option(names = "--secret", description = "应用 Secret，不填则随机生成")
    private String secret;

    @Option(names = "--faults", description = "故障注入，例如 errcode-1=0.05,http500=0.05,ratelimit=0.1,drop=0.02,slow=0.02")
    private String faults;

    @Option(names = "--token-ttl", description = "access_token 有效期（秒）。默认 ${DEFAULT-VALUE}")
    private long tokenTtl = 7200;

    @Option(names = "--rate-limit", description = "每个接口每分钟调用上限，0 表示不限。默认 ${DEFAULT-VALUE}")
    private int rateLimit = SandboxConfig.WECOM_RATE_LIMIT;

    @Option(names = "--state", description = "状态文件：写操作追加记录，启动时重放")
    private Path stateFile;

    @Override
    public Integer call() throws Exception {
        SandboxConfig config;
        try {
            config = new SandboxConfig(seed, members, contacts, corpId, secret, Duration.ofSeconds(tokenTtl),
                    FaultPlan.parse(faults), port, Clock.system(ZoneId.of("Asia/Shanghai")), stateFile, rateLimit);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("sandbox: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (SandboxServer server = SandboxServer.start(config)) {
            Thread hook = Executors.defaultThreadFactory().newThread(() -> {
                server.close();
                stopped.countDown();
            });
            Runtime.getRuntime().addShutdownHook(hook);
            Map<String, String> ready = new LinkedHashMap<>();
            ready.put("baseUrl", server.baseUrl());
            ready.put("corpId", server.corpId());
            ready.put("secret", server.secret());
            ObjectMapper mapper = Json.newMapper();
            PrintWriter out = spec.commandLine().getOut();
            out.println(mapper.writeValueAsString(ready));
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                removeHook(hook);
            }
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running
        }
    }
}
