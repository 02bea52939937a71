package com.siyu.workbench.contacts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.app.AppPaths;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.orders.ColumnMapping;
import com.siyu.workbench.contacts.orders.ImportPlan;
import com.siyu.workbench.contacts.orders.ImportResult;
import com.siyu.workbench.contacts.orders.OrderField;
import com.siyu.workbench.contacts.orders.OrderImportException;
import com.siyu.workbench.contacts.orders.OrderMessages;
import com.siyu.workbench.contacts.orders.Period;
import com.siyu.workbench.contacts.orders.RowError;
import com.siyu.workbench.contacts.orders.TabularFile;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code siyu-workbench contacts …}: the contacts workspace headless — search as a member, import an order file,
 * print sales figures, rebuild the search index. JSON on stdout, messages on stderr, non-zero exit on failure.
 */
@Command(name = "contacts", mixinStandardHelpOptions = true,
        description = "客户：搜索、导入订单、销售统计、重建搜索索引。",
        subcommands = {ContactsCommand.Search.class, ContactsCommand.ImportOrders.class, ContactsCommand.Stats.class,
                ContactsCommand.Reindex.class})
public final class ContactsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = Json.newMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "数据目录（默认同桌面程序）")
    Path dataDir;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    Workbench open() throws Exception {
        return Workbench.open(AppPaths.resolve(dataDir), Workbench.defaultClock());
    }

    static Actor actor(Workbench workbench, String userid) {
        if (userid == null) {
            return Actor.system();
        }
        String name = workbench.members().find(userid).map(m -> m.name()).orElse(userid);
        return new Actor(userid, name, workbench.roles().rolesOf(userid));
    }

    static void print(PrintWriter out, Object value) throws Exception {
        out.println(JSON.writeValueAsString(value));
        out.flush();
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = "以某成员的身份搜索客户，每行输出一位客户。")
    static final class Search implements Callable<Integer> {
        @ParentCommand
        ContactsCommand parent;

        @Option(names = "--as", required = true, paramLabel = "USERID", description = "以哪位成员的身份（决定可见范围）")
        String userid;

        @Option(names = "--filter", paramLabel = "JSON", description = "ContactFilter 的 JSON（与已存筛选相同）")
        String filterJson;

        @Option(names = "--limit", description = "最多输出几位。默认 ${DEFAULT-VALUE}")
        int limit = 50;

        @Parameters(arity = "0..1", paramLabel = "QUERY", description = "搜索词")
        String query;

        @Override
        public Integer call() throws Exception {
            try (Workbench workbench = parent.open()) {
                ContactFilter filter = filterJson == null ? ContactFilter.ALL : ContactFilter.fromJson(filterJson);
                if (query != null) {
                    filter = filter.withQuery(query);
                }
                Actor actor = actor(workbench, userid);
                ContactPage page = workbench.contacts().service().search(actor, filter, ContactSort.ADDED_NEWEST, 0,
                        limit);
                PrintWriter out = parent.spec.commandLine().getOut();
                for (ContactRow row : page.rows()) {
                    print(out, row);
                }
                return 0;
            }
        }
    }

    @Command(name = "import-orders", mixinStandardHelpOptions = true,
            description = "导入订单文件（CSV：UTF-8 / UTF-8 BOM / GBK，或 XLSX）并匹配客户；有错误的行时不导入任何订单。")
    static final class ImportOrders implements Callable<Integer> {
        @ParentCommand
        ContactsCommand parent;

        @Parameters(paramLabel = "FILE", description = "订单文件")
        Path file;

        @Option(names = "--as", paramLabel = "USERID", description = "以哪位成员的身份（店长/组长）；默认系统")
        String userid;

        @Option(names = "--map", split = ",", paramLabel = "FIELD=COLUMN",
                description = "指定列（从 1 开始），例如 AMOUNT=3,PHONE=5；未指定的按表头猜测")
        Map<OrderField, Integer> map = new LinkedHashMap<>();

        @Option(names = "--dry-run", description = "只预览，不写入")
        boolean dryRun;

        @Override
        public Integer call() throws Exception {
            Messages messages = Messages.load(Language.ZH_CN);
            PrintWriter err = parent.spec.commandLine().getErr();
            try (Workbench workbench = parent.open()) {
                var service = workbench.contacts().orderImport();
                Actor actor = actor(workbench, userid);
                TabularFile table = service.read(file);
                ColumnMapping mapping = ColumnMapping.guess(table.headers());
                for (Map.Entry<OrderField, Integer> e : map.entrySet()) {
                    mapping = mapping.with(e.getKey(), e.getValue() - 1);
                }
                ImportPlan plan = service.preview(actor, table, mapping, ProgressReporter.NONE);
                for (RowError problem : plan.errors()) {
                    err.println(OrderMessages.row(messages, problem));
                }
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("file", table.sourceName());
                summary.put("encoding", table.encoding());
                summary.put("rows", plan.rowCount());
                summary.put("errors", plan.errors().size());
                summary.put("skipped", plan.skipped().size());
                summary.put("matchedBy", plan.matchedBy());
                summary.put("suggested", plan.suggested());
                summary.put("unmatched", plan.unmatched());
                if (!plan.errors().isEmpty() || dryRun) {
                    summary.put("imported", 0);
                    print(parent.spec.commandLine().getOut(), summary);
                    return plan.errors().isEmpty() ? 0 : 1;
                }
                ImportResult result = service.importOrders(actor, table, mapping, ProgressReporter.NONE);
                summary.put("imported", result.imported());
                print(parent.spec.commandLine().getOut(), summary);
                return 0;
            } catch (OrderImportException e) {
                err.println(OrderMessages.file(messages, e));
                return 1;
            }
        }
    }

    @Command(name = "order-stats", mixinStandardHelpOptions = true,
            description = "按导购或渠道输出销售额、二销率、单客产值（JSON，每行一项）。")
    static final class Stats implements Callable<Integer> {
        @ParentCommand
        ContactsCommand parent;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "开始日期（含）")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "结束日期（含）")
        LocalDate to;

        @Option(names = "--by", description = "rep 或 channel。默认 ${DEFAULT-VALUE}")
        String by = "rep";

        @Override
        public Integer call() throws Exception {
            try (Workbench workbench = parent.open()) {
                Period period = Period.days(from, to, workbench.clock().getZone());
                var stats = "channel".equals(by) ? workbench.contacts().orderStats().byChannel(period, List.of())
                        : workbench.contacts().orderStats().byRep(period, List.of());
                PrintWriter out = parent.spec.commandLine().getOut();
                for (var s : stats) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("key", s.key());
                    line.put("name", s.name());
                    line.put("revenueCents", s.revenueCents());
                    line.put("orders", s.orders());
                    line.put("buyers", s.buyers());
                    line.put("repeatPurchaseRate", s.repeatPurchaseRate());
                    line.put("contacts", s.contacts());
                    line.put("revenuePerContactCents", s.revenuePerContactCents());
                    print(out, line);
                }
                return 0;
            }
        }
    }

    @Command(name = "reindex", mixinStandardHelpOptions = true, description = "重建客户搜索索引。")
    static final class Reindex implements Callable<Integer> {
        @ParentCommand
        ContactsCommand parent;

        @Override
        public Integer call() throws Exception {
            try (Workbench workbench = parent.open()) {
                long start = System.nanoTime();
                workbench.contacts().searchIndex().rebuildAll();
                print(parent.spec.commandLine().getOut(), Map.of("seconds", (System.nanoTime() - start) / 1e9));
                return 0;
            }
        }
    }
}
