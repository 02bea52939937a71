package com.siyu.workbench.queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.app.SavedFilterAudiences;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.audit.JdbcActivityLog;
import com.siyu.workbench.contacts.ContactsModule;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.JdbcMemberRepository;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.DatabaseOpenException;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.sync.JdbcOutbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code queue --db FILE --member USERID [--date D] [--format json|csv]}: a member's queue for a day. */
@Command(name = "queue", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"打印某成员某一天的 SOP 任务队列（该天尚未生成时先生成）。",
                "每条任务：任务 id、客户、规则、原因、内容 id 与版本、时间窗口、状态。"})
public final class QueueCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { json, csv }

    private static final List<String> CSV_HEADER = List.of("task_id", "external_userid", "contact", "rule_id", "rule",
            "kind", "section", "reason", "content_id", "content_version", "step_no", "due_date", "window_start",
            "window_end", "overdue", "overdue_days", "status", "status_reason");

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "工作台的 SQLite 数据库文件")
    private Path dbFile;

    @Option(names = "--member", required = true, paramLabel = "USERID", description = "成员 userid")
    private String member;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "日期（Asia/Shanghai），默认今天")
    private String date;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv", description = "输出格式，默认 json")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Workbench.defaultClock();
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(clock) : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            err.println("日期格式不对：" + date + "（应为 YYYY-MM-DD，例如 2026-11-23）");
            return 2;
        }
        try (Database db = Database.open(dbFile)) {
            if (!memberExists(db)) {
                err.println("找不到成员 " + member + "：请先同步通讯录，或检查 userid 的拼写。");
                return 2;
            }
            JdbcActivityLog log = new JdbcActivityLog(db, clock);
            JdbcOutbox outbox = new JdbcOutbox(db, clock);
            ContactsModule contacts = new ContactsModule(db, clock, new JdbcMemberRepository(db, clock), log, outbox,
                    () -> { });
            QueueModule queue = new QueueModule(db, clock, log, outbox,
                    new SavedFilterAudiences(contacts.savedFilters(), contacts.query()), contacts.edits());
            queue.seedDefaultRules();
            boolean generated = queue.generator().generateIfNeeded(member, day);
            List<TaskCard> tasks = queue.days().read(member, day).tasks();
            ReasonText reasons = new ReasonText(Messages.load(Language.ZH_CN), clock.getZone());
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.csv) {
                printCsv(out, tasks, reasons, day);
            } else {
                printJson(out, tasks, reasons, day, generated);
            }
            out.flush();
            if (generated) {
                err.println("已为 " + member + " 生成 " + day + " 的任务队列。");
            }
            return 0;
        } catch (DatabaseOpenException e) {
            err.println("无法打开数据库 " + dbFile + "：" + e.getMessage());
            return 1;
        }
    }

    private boolean memberExists(Database db) {
        return db.read(c -> Sql.queryOne(c, "SELECT 1 FROM members WHERE userid = ? UNION SELECT 1 FROM follows"
                + " WHERE userid = ?", rs -> true, member, member)).isPresent();
    }

    private void printJson(PrintWriter out, List<TaskCard> tasks, ReasonText reasons, LocalDate day,
                           boolean generated) throws IOException {
        ObjectMapper json = Json.newMapper();
        ObjectNode root = json.createObjectNode();
        root.put("member", member);
        root.put("date", day.toString());
        root.put("generated_now", generated);
        ArrayNode list = root.putArray("tasks");
        for (TaskCard t : tasks) {
            ObjectNode node = list.addObject();
            node.put("task_id", t.id());
            node.putObject("contact").put("external_userid", t.contactId()).put("name", t.contactName());
            node.putObject("rule").put("id", t.ruleId()).put("name", t.ruleName());
            node.put("kind", t.kind().name());
            node.put("section", t.section().name());
            node.putObject("reason").put("code", t.reasonCode()).put("text", reasons.of(t, day));
            node.putObject("content").put("id", t.contentId()).put("version", t.contentVersion())
                    .put("step", t.stepNo());
            node.putObject("due").put("date", t.dueDate().toString()).put("window_start", time(t.windowStart()))
                    .put("window_end", time(t.windowEnd())).put("overdue", t.overdueOn(day))
                    .put("overdue_days", overdueDays(t, day));
            node.put("status", t.status().name());
            node.put("status_reason", t.statusReason());
        }
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static void printCsv(PrintWriter out, List<TaskCard> tasks, ReasonText reasons, LocalDate day)
            throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).get());
        for (TaskCard t : tasks) {
            csv.printRecord(t.id(), t.contactId(), t.contactName(), t.ruleId(), t.ruleName(), t.kind(), t.section(),
                    reasons.of(t, day), t.contentId(), t.contentVersion(), t.stepNo(), t.dueDate(),
                    time(t.windowStart()), time(t.windowEnd()), t.overdueOn(day), overdueDays(t, day), t.status(),
                    t.statusReason());
        }
        csv.flush();
    }

    /** How many days a task carried over from an earlier day has been waiting (0 when it is not overdue). */
    private static long overdueDays(TaskCard t, LocalDate day) {
        return t.overdueOn(day) ? java.time.temporal.ChronoUnit.DAYS.between(t.dueDate(), day) : 0;
    }

    private static String time(java.time.LocalTime t) {
        return t == null ? null : t.toString();
    }
}
