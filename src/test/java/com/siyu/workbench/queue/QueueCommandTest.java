package com.siyu.workbench.queue;

import static com.siyu.workbench.queue.QueueData.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.cli.RootCommand;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless {@code queue} command against a real database file. */
class QueueCommandTest {
    @TempDir
    Path dir;
    Path dbFile;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void database() throws Exception {
        try (Workbench workbench = TestWorkbench.open(dir)) {
            dbFile = workbench.db().file();
            new QueueData(workbench.db()).contact("wmA", "李女士", "李姐", TestWorkbench.GUIDE,
                    at("2026-11-23T09:30"), null);
        }
    }

    private int run(String... args) {
        return new CommandLine(new RootCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void printsTheMembersQueueAsJsonGeneratingTheDayFirst() throws Exception {
        int exit = run("queue", "--db", dbFile.toString(), "--member", TestWorkbench.GUIDE, "--date", "2026-11-23");

        assertThat(exit).isZero();
        JsonNode root = Json.newMapper().readTree(out.toString());
        assertThat(root.get("generated_now").asBoolean()).isTrue();
        JsonNode task = root.get("tasks").get(0);
        assertThat(task.get("task_id").asText()).startsWith("t-");
        assertThat(task.get("contact").get("name").asText()).isEqualTo("李女士");
        assertThat(task.get("kind").asText()).isEqualTo("GREET");
        assertThat(task.get("reason").get("text").asText()).isEqualTo("今天添加的新客户：先问候并打上标签");
        assertThat(task.get("due").get("date").asText()).isEqualTo("2026-11-23");
        assertThat(task.get("status").asText()).isEqualTo("OPEN");
        assertThat(task.has("content")).isTrue();
    }

    @Test
    void aSecondRunPrintsTheSameTasksWithoutGenerating() throws Exception {
        run("queue", "--db", dbFile.toString(), "--member", TestWorkbench.GUIDE, "--date", "2026-11-23");
        JsonNode first = Json.newMapper().readTree(out.toString()).get("tasks");
        out.getBuffer().setLength(0);

        run("queue", "--db", dbFile.toString(), "--member", TestWorkbench.GUIDE, "--date", "2026-11-23");

        JsonNode second = Json.newMapper().readTree(out.toString());
        assertThat(second.get("generated_now").asBoolean()).isFalse();
        assertThat(second.get("tasks")).isEqualTo(first);
    }

    @Test
    void aTaskNotWorkedCarriesOverAsOverdueWithItsAge() throws Exception {
        run("queue", "--db", dbFile.toString(), "--member", TestWorkbench.GUIDE, "--date", "2026-11-23");
        String greet = Json.newMapper().readTree(out.toString()).get("tasks").get(0).get("task_id").asText();
        out.getBuffer().setLength(0);

        run("queue", "--db", dbFile.toString(), "--member", TestWorkbench.GUIDE, "--date", "2026-11-25");

        JsonNode task = Json.newMapper().readTree(out.toString()).get("tasks").get(0);
        assertThat(task.get("task_id").asText()).isEqualTo(greet);
        assertThat(task.get("due").get("date").asText()).isEqualTo("2026-11-23");
        assertThat(task.get("due").get("overdue").asBoolean()).isTrue();
        assertThat(task.get("due").get("overdue_days").asInt()).isEqualTo(2);
        assertThat(task.get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void printsCsvWithAHeader() {
        int exit = run("queue", "--db", dbFile.toString(), "--member", TestWorkbench.GUIDE, "--date", "2026-11-23",
                "--format", "csv");

        assertThat(exit).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).startsWith("task_id,external_userid,contact,rule_id,rule,kind,section,reason");
        assertThat(lines[1]).contains("wmA", "李女士", "GREET", "2026-11-23");
    }

    @Test
    void anUnknownMemberOrABadDateFailsWithAMessage() throws Exception {
        assertThat(run("queue", "--db", dbFile.toString(), "--member", "nobody", "--date", "2026-11-23")).isEqualTo(2);
        assertThat(err.toString()).contains("找不到成员 nobody");
        assertThat(run("queue", "--db", dbFile.toString(), "--member", TestWorkbench.GUIDE, "--date", "23/11"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("日期格式不对");
        try (Workbench workbench = TestWorkbench.open(dir)) {
            long tasks = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM tasks"));
            assertThat(tasks).isZero();
        }
    }
}
