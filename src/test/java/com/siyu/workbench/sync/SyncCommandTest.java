package com.siyu.workbench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.siyu.workbench.cli.RootCommand;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.sandbox.SandboxServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code siyu-workbench sync …} against the sandbox: one JSON line, a full run first, then incremental ones. */
class SyncCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsAOneLineSummaryAndExitsZero() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SyncFixture.sandbox(3, 200))) {
            String[] args = {"sync", "--api", sandbox.baseUrl(), "--corp-id", sandbox.corpId(), "--secret",
                sandbox.secret(), "--db", dir.resolve("cli.db").toString()};

            JsonNode first = run(args);
            JsonNode second = run(args);

            assertThat(first.path("status").asText()).isEqualTo("OK");
            assertThat(first.path("kind").asText()).as("the first run is full").isEqualTo("FULL");
            long relations = sandbox.model().contacts().allFollows().stream().filter(f -> !f.lost()).count();
            assertThat(first.path("contactsAdded").asLong()).isEqualTo(relations);
            assertThat(first.path("pages").asInt()).isPositive();
            assertThat(first.has("seconds") && first.has("outboxSent") && first.has("outboxParked")).isTrue();
            assertThat(second.path("kind").asText()).isEqualTo("INCREMENTAL");
            assertThat(second.path("contactsAdded").asInt()).isZero();
        }
    }

    @Test
    void anUnreachableWeComExitsTwoWithAChineseMessage() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RootCommand()).setErr(new PrintWriter(err)).setOut(new PrintWriter(
                new StringWriter()));
        int exit = cli.execute("sync", "--api", "http://127.0.0.1:1", "--corp-id", "ww1", "--secret", "s",
                "--db", dir.resolve("offline.db").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isNotBlank();
    }

    private static JsonNode run(String[] args) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new RootCommand()).setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(1);
        return Json.newMapper().readTree(lines[0]);
    }
}
