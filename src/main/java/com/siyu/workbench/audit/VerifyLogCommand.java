package com.siyu.workbench.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import com.siyu.workbench.core.ProgressReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sqlite.SQLiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit verify --db FILE [--checkpoint SEQ:HASH]}: walks the log's hash chain and prints one JSON line.
 * The file is opened read-only and never migrated, so verifying evidence cannot change it.
 * Exit codes: 0 intact, 1 broken (the line names the first broken entry), 2 the file cannot be read as a log.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"校验操作日志的哈希链，报告第一条被修改、删除、调换或插入的记录。",
                "Verifies the activity log's hash chain and names the first entry that was edited, deleted, "
                        + "reordered or inserted."})
public final class VerifyLogCommand implements Callable<Integer> {
    static final int BROKEN = 1;
    static final int UNREADABLE = 2;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the workbench database (workbench.db)")
    private Path db;

    @Option(names = "--checkpoint", paramLabel = "SEQ:HASH",
            description = "a checkpoint printed by an earlier verify and kept outside the file")
    private String checkpoint;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    private final ObjectMapper json = Json.newMapper();

    @Override
    public Integer call() throws JsonProcessingException {
        Checkpoint expected;
        try {
            expected = checkpoint == null ? null : Checkpoint.parse(checkpoint);
        } catch (IllegalArgumentException e) {
            return fail("bad --checkpoint: " + e.getMessage());
        }
        if (!Files.isRegularFile(db)) {
            return fail("no database file at " + db.toAbsolutePath());
        }
        VerificationResult result;
        try (Connection c = openReadOnly(db)) {
            result = new LogVerifier().verify(c, expected, ProgressReporter.NONE);
        } catch (SQLException e) {
            return fail("cannot read the activity log in " + db.toAbsolutePath() + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println(json.writeValueAsString(toJson(result)));
        spec.commandLine().getOut().flush();
        if (!result.ok()) {
            spec.commandLine().getErr().println("操作日志已被篡改：第 " + result.firstBrokenSeq() + " 条（"
                    + result.problem().code() + "）— " + result.detail());
            return BROKEN;
        }
        return 0;
    }

    static Map<String, Object> toJson(VerificationResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", result.ok());
        if (result.ok()) {
            out.put("entries", result.entries());
            out.put("lastSeq", result.lastSeq());
            out.put("lastHash", result.lastHash());
            out.put("checkpoint", result.checkpoint() == null ? null : result.checkpoint().toString());
        } else {
            out.put("firstBrokenSeq", result.firstBrokenSeq());
            out.put("problem", result.problem().code());
            out.put("detail", result.detail());
            out.put("entriesVerified", result.entries());
        }
        return out;
    }

    private Integer fail(String message) throws JsonProcessingException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", false);
        out.put("error", message);
        spec.commandLine().getOut().println(json.writeValueAsString(out));
        spec.commandLine().getErr().println(message);
        return UNREADABLE;
    }

    private static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
