package com.siyu.workbench.content.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.cli.RootCommand;
import com.siyu.workbench.content.ContentFixture;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless {@code content} subcommands, run through the real root command. */
class ContentCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        return new CommandLine(new RootCommand()).execute(args);
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void lintPrintsOneJsonLinePerRowWithTheAdLawRule() throws Exception {
        Path csv = dir.resolve("batch.csv");
        Files.writeString(csv, "type,name,text\n"
                + "welcome,默认,{客户称呼}您好，欢迎光临\n"
                + "welcome,夸张,{客户称呼}，这是全城最好的大衣\n"
                + "welcome,冷冰冰,新品到店\n", StandardCharsets.UTF_8);
        assertThat(run("content", "lint", "--file", csv.toString())).isEqualTo(1);
        List<JsonNode> rows = lines();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("row").asInt()).isEqualTo(1);
        assertThat(rows.get(0).get("findings")).isEmpty();
        JsonNode adLaw = rows.get(1).get("findings").get(0);
        assertThat(adLaw.get("rule").asText()).isEqualTo("ad-law");
        assertThat(adLaw.get("severity").asText()).isEqualTo("error");
        assertThat(adLaw.get("start").asInt()).isEqualTo(11);
        assertThat(adLaw.get("end").asInt()).isEqualTo(13);
        assertThat(adLaw.get("message").asText()).contains("最好");
        assertThat(rows.get(2).get("findings").get(0).get("severity").asText()).isEqualTo("warning");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 行存在错误");
    }

    @Test
    void lintOfACleanFileExitsZeroAndOfABadEncodingTwo() throws Exception {
        Path csv = dir.resolve("ok.csv");
        Files.writeString(csv, "type,name,text\nwelcome,默认,{客户称呼}您好\n", StandardCharsets.UTF_8);
        assertThat(run("content", "lint", "--file", csv.toString())).isZero();
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, "type,name,text\nwelcome,默认,您好\n".getBytes(Charset.forName("GBK")));
        out.reset();
        assertThat(run("content", "lint", "--file", gbk.toString())).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("不是 UTF-8").contains("CSV UTF-8");
    }

    @Test
    void importWritesIntoTheDatabaseAndDryRunDoesNot() throws Exception {
        Path db = dir.resolve("workbench.db");
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "type,name,text,day_offset\nscript,两步,{客户称呼}您好,0\nscript,两步,{客户称呼}再见,2\n",
                StandardCharsets.UTF_8);
        assertThat(run("content", "import", "--file", csv.toString(), "--db", db.toString(), "--dry-run")).isZero();
        assertThat(lines().get(0).get("created").asInt()).isEqualTo(1);
        assertThat(count(db)).isZero();
        out.reset();
        assertThat(run("content", "import", "--file", csv.toString(), "--db", db.toString())).isZero();
        assertThat(lines().get(0).get("imported").asBoolean()).isTrue();
        assertThat(count(db)).isEqualTo(1);
    }

    @Test
    void aRefusedImportPrintsTheBadRowsAndLeavesTheDatabaseAlone() throws Exception {
        Path db = dir.resolve("workbench.db");
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "type,name,text\nwelcome,好,{客户称呼}您好\nwelcome,坏,{客户称乎}您好\n",
                StandardCharsets.UTF_8);
        assertThat(run("content", "import", "--file", csv.toString(), "--db", db.toString())).isEqualTo(1);
        List<JsonNode> lines = lines();
        assertThat(lines.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(lines.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(0).get("findings").get(0).get("rule").asText()).isEqualTo("unknown-variable");
        assertThat(lines.get(1).get("imported").asBoolean()).isFalse();
        assertThat(count(db)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("数据库未改动");
    }

    @Test
    void exportWritesAnExcelFriendlyCsv() throws Exception {
        Path dbDir = dir.resolve("wb");
        try (var wb = ContentFixture.open(dbDir)) {
            wb.content().demo().seedIfEmpty();
        }
        Path csv = dir.resolve("out.csv");
        assertThat(run("content", "export", "--db", dbDir.resolve("workbench.db").toString(), "--file",
                csv.toString())).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("script-high-ticket");
        assertThat(lines().get(0).get("exported").asInt()).isEqualTo(9);
    }

    private static long count(Path db) throws Exception {
        try (Database database = Database.open(db)) {
            return database.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM content_items"));
        }
    }
}
