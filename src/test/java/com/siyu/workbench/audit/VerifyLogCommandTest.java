package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.siyu.workbench.cli.RootCommand;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code audit verify --db FILE}: a JSON line and an exit code a script can act on. */
class VerifyLogCommandTest {
    @TempDir
    Path dir;

    @Test
    void anIntactLogExitsZeroAndPrintsACheckpointThatLaterRunsAccept() throws Exception {
        Path file = logWith(5);
        Run run = run("audit", "verify", "--db", file.toString());
        assertThat(run.exit()).isZero();
        JsonNode json = Json.newMapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("entries").asLong()).isEqualTo(5);
        String checkpoint = json.get("checkpoint").asText();
        assertThat(checkpoint).startsWith("5:");

        assertThat(run("audit", "verify", "--db", file.toString(), "--checkpoint", checkpoint).exit()).isZero();
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void aTamperedLogExitsNonZeroAndNamesTheRow() throws Exception {
        Path file = logWith(5);
        try (LogTamper t = new LogTamper(file)) {
            t.edit(3);
        }
        Run run = run("audit", "verify", "--db", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().strip()).startsWith("{\"ok\":false,\"firstBrokenSeq\":3,\"problem\":\"edited\"");
        assertThat(run.err()).contains("第 3 条");
    }

    @Test
    void aMissingFileOrABadCheckpointIsAClearErrorNotACrash() throws Exception {
        Run missing = run("audit", "verify", "--db", dir.resolve("nope.db").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no database file");

        Run bad = run("audit", "verify", "--db", logWith(1).toString(), "--checkpoint", "abc");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("SEQ:HASH");
    }

    private Path logWith(int entries) throws Exception {
        Path file = dir.resolve("w" + System.nanoTime() + ".db");
        try (Database db = Database.open(file)) {
            ActivityLog log = new JdbcActivityLog(db, Clock.systemUTC());
            for (int i = 0; i < entries; i++) {
                log.append(ActivityEvent.of("zhangxw", Actions.TASK_DONE).withTask("t" + i));
            }
        }
        return file;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new RootCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
