package com.siyu.workbench.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.audit.JdbcActivityLog;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.members.JdbcMemberRepository;
import com.siyu.workbench.members.JdbcRoleRepository;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.wecom.InMemoryTokenStore;
import com.siyu.workbench.wecom.Sleeper;
import com.siyu.workbench.wecom.WeComClient;
import com.siyu.workbench.wecom.WeComConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code siyu-workbench sync …}: one sync run against a WeCom server (or the sandbox) into a database file —
 * outbox first, then the pull — and one JSON line on stdout with what it did. Exit code 0 when the run completed,
 * 2 when WeCom was unreachable, 1 for any other failure. A run interrupted in any way resumes with the next one.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"与企业微信同步一次：先发送待同步的本地修改（outbox），再拉取客户、标签、群等数据到本地数据库。",
                "完成后在标准输出打印一行 JSON 汇总；中断的同步下次从中断处继续。"})
public final class SyncCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--api", required = true, description = "企业微信接口地址，例如 http://127.0.0.1:18080")
    private String api;

    @Option(names = "--corp-id", required = true, description = "企业 ID（corpid）")
    private String corpId;

    @Option(names = "--secret", required = true, defaultValue = "${env:SIYU_WECOM_SECRET}",
            description = "“客户联系”Secret（也可用环境变量 SIYU_WECOM_SECRET）")
    private String secret;

    @Option(names = "--db", required = true, description = "本地数据库文件（不存在则创建）")
    private Path db;

    @Option(names = "--member", description = "按该成员的角色确定同步范围（导购：自己的客户；组长：团队；管理员：全公司）")
    private String member;

    @Option(names = "--full", description = "全量同步：重新读取范围内的全部数据")
    private boolean full;

    @Option(names = "--refresh", description = "增量同步，但重新读取范围内全部客户的跟进信息（相当于“立即同步”）")
    private boolean refresh;

    @Override
    public Integer call() throws Exception {
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        ExecutorService prefetch = Executors.newFixedThreadPool(ContactPlanner.LANES, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setDaemon(true);
            return thread;
        });
        try (Database database = Database.open(db);
             WeComClient client = WeComClient.create(WeComConfig.of(api, corpId, secret, null),
                     new InMemoryTokenStore())) {
            WeComRemote remote = new WeComRemote(client, database, clock, new JdbcMemberRepository(database, clock),
                    new JdbcRoleRepository(database, clock), prefetch, SyncModule.FOLLOW_REFRESH);
            SyncEngine engine = new SyncEngine(database, clock, new JdbcActivityLog(database, clock), Sleeper.SYSTEM);
            boolean everFull = new SyncRunLog(database).hasCompleted(SyncMode.FULL.name());
            SyncRequest request = full || !everFull ? SyncRequest.full(member)
                    : refresh ? SyncRequest.syncNow(member) : SyncRequest.incremental(member);
            SyncResult result = engine.run(remote, request, SyncListener.NONE, () -> false);
            spec.commandLine().getOut().println(summary(result));
            spec.commandLine().getOut().flush();
            if (result.error() != null) {
                spec.commandLine().getErr().println(result.error());
            }
            return result.ok() ? 0 : result.offline() ? 2 : 1;
        } finally {
            prefetch.shutdownNow();
        }
    }

    static String summary(SyncResult r) throws com.fasterxml.jackson.core.JsonProcessingException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", r.status());
        json.put("kind", r.kind());
        json.put("contactsAdded", r.contactsAdded());
        json.put("contactsUpdated", r.contactsUpdated());
        json.put("contactsLost", r.contactsLost());
        json.put("pages", r.pages());
        json.put("seconds", r.elapsed().toMillis() / 1000.0);
        json.put("outboxSent", r.outboxSent());
        json.put("outboxParked", r.outboxParked());
        json.put("error", r.error());
        ObjectMapper mapper = Json.newMapper();
        return mapper.writeValueAsString(json);
    }
}
