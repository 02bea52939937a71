package com.siyu.workbench.content.bulk;

import static com.siyu.workbench.content.ContentFixture.EDITOR_ACTOR;
import static com.siyu.workbench.content.ContentFixture.GUIDE;
import static com.siyu.workbench.content.ContentFixture.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.content.ContentFilter;
import com.siyu.workbench.content.ContentFixture;
import com.siyu.workbench.content.ContentStatus;
import com.siyu.workbench.content.ContentSummary;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.DemoContent;
import com.siyu.workbench.content.lint.LocalizedText;
import com.siyu.workbench.content.lint.RuleIds;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.store.Sql;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentImportTest {
    private static final String HEADER = "type,name,text,id,scene,step,day_offset,window_start,window_end,scope_type,"
            + "scope_value\n";
    @TempDir
    Path dir;
    Workbench wb;
    ContentImporter importer;

    @BeforeEach
    void open() throws Exception {
        wb = ContentFixture.open(dir.resolve("wb"));
        importer = wb.content().importer();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    /** What a failed import must leave untouched: every content table and the log. */
    private String snapshot() {
        return wb.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM content_items") + "/"
                + Sql.queryLong(c, "SELECT COUNT(*) FROM content_versions") + "/"
                + Sql.queryLong(c, "SELECT COUNT(*) FROM script_steps") + "/"
                + Sql.queryLong(c, "SELECT COUNT(*) FROM content_search") + "/"
                + Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log"));
    }

    @Test
    void aGoodCsvImportsScriptsWithTheirStepsAndWelcomesIntoReview() throws Exception {
        Path csv = file("good.csv", "\uFEFF" + HEADER
                + "script,新客三步,{客户称呼}您好,script-a,新客破冰,1,0,11:30,13:30,,\n"
                + "script,新客三步,\"{客户称呼}，昨天聊到的\n那件到货了\",script-a,,2,1,,,,\n"
                + "script,新客三步,{客户称呼}周末见,script-a,,3,3,17:30,18:30,,\n"
                + "剧本,没有id的剧本,您好，第一天,,复购提醒,,0,,,,\n"
                + "welcome,包裹卡欢迎语,{客户称呼}您好，谢谢扫码,,,,,,,state,package-card\n");
        ImportReport report = importer.importFile(EDITOR_ACTOR, csv, false);
        assertThat(report.errorRows()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.rows()).extracting(RowReport::line).containsExactly(2, 3, 5, 6, 7);

        List<ContentSummary> all = wb.content().library().list(REVIEWER, ContentFilter.ALL);
        assertThat(all).hasSize(3).allMatch(s -> s.latestStatus() == ContentStatus.SUBMITTED);
        var script = wb.content().library().open(REVIEWER, "script-a").orElseThrow();
        assertThat(script.body().steps()).extracting(s -> s.dayOffset()).containsExactly(0, 1, 3);
        assertThat(script.body().steps().get(1).text()).isEqualTo("{客户称呼}，昨天聊到的\n那件到货了");
        assertThat(script.body().scene()).isEqualTo("新客破冰");
        assertThat(script.author()).isEqualTo(EDITOR_ACTOR.userid());
        assertThat(wb.content().library().reviewQueue(REVIEWER)).hasSize(3);
    }

    @Test
    void oneBadRowRejectsTheWholeFileWithItsLineAndReason() throws Exception {
        String before = snapshot();
        Path csv = file("bad.csv", HEADER
                + "welcome,默认,{客户称呼}您好,,,,,,,,\n"
                + "welcome,第二条,{客户称乎}，全网最低价,,,,,,,,\n"
                + "script,剧本,{客户称呼}好,,,,x,,,,\n"
                + "poster,海报,您好,,,,,,,,\n");
        ImportReport report = importer.importFile(EDITOR_ACTOR, csv, false);
        assertThat(report.applied()).isFalse();
        assertThat(report.errorRows()).extracting(RowReport::line).containsExactly(3, 4, 5);
        RowReport second = report.errorRows().get(0);
        assertThat(second.findings()).extracting(f -> f.rule()).contains(RuleIds.UNKNOWN_VARIABLE, RuleIds.AD_LAW);
        assertThat(second.findings()).filteredOn(f -> f.rule().equals(RuleIds.UNKNOWN_VARIABLE)).singleElement()
                .satisfies(f -> {
                    assertThat(f.field()).isEqualTo("text");
                    assertThat(f.start()).isZero();
                    assertThat(f.end()).isEqualTo(6);
                });
        assertThat(report.errorRows().get(1).findings()).extracting(f -> f.field()).contains("day_offset");
        assertThat(report.errorRows().get(2).findings()).extracting(f -> f.message().key())
                .containsExactly("content.import.badType");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aNonUtf8FileIsRefusedWithAClearMessage() throws Exception {
        String before = snapshot();
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, (HEADER + "welcome,默认欢迎语,{客户称呼}您好,,,,,,,,\n").getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> importer.importFile(EDITOR_ACTOR, gbk, false))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> {
                    LocalizedText text = ((ImportFileException) e).text();
                    assertThat(text.key()).isEqualTo("content.import.notUtf8");
                    assertThat(text.args()).containsExactly("2");
                });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void missingRequiredColumnsAreNamed() throws Exception {
        Path csv = file("cols.csv", "type,title,body\nwelcome,默认,您好\n");
        assertThatThrownBy(() -> importer.importFile(EDITOR_ACTOR, csv, false))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> assertThat(((ImportFileException) e).text().args().get(0)).isEqualTo("name, text"));
    }

    @Test
    void aFiftyMegabyteTextFieldIsStoppedWithoutReadingItAll() throws Exception {
        String before = snapshot();
        Path huge = dir.resolve("huge.csv");
        try (Writer w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write("welcome,正常,{客户称呼}您好,,,,,,,,\n");
            w.write("welcome,巨大,\"");
            char[] chunk = "您好".repeat(4096).toCharArray();
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length * 3L) {
                w.write(chunk);
            }
            w.write("\",,,,,,,,\n");
        }
        assertThat(Files.size(huge)).isGreaterThan(50L * 1024 * 1024);
        assertThatThrownBy(() -> importer.importFile(EDITOR_ACTOR, huge, false))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> {
                    LocalizedText text = ((ImportFileException) e).text();
                    assertThat(text.key()).isEqualTo("content.import.recordTooLarge");
                    assertThat(text.args().get(0)).isEqualTo("3");
                });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFiftyMegabyteJsonStringIsStoppedToo() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (Writer w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            w.write("[{\"type\":\"welcome\",\"name\":\"巨大\",\n\"text\":\"");
            char[] chunk = "a".repeat(65536).toCharArray();
            for (int i = 0; i < 800; i++) {
                w.write(chunk);
            }
            w.write("\"}]");
        }
        assertThatThrownBy(() -> importer.importFile(EDITOR_ACTOR, huge, false))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> assertThat(((ImportFileException) e).text().key())
                        .isEqualTo("content.import.recordTooLarge"));
    }

    @Test
    void exportThenImportRoundTripsAndKnownIdsBecomeNewVersionsOrStayUnchanged() throws Exception {
        wb.content().demo().seedIfEmpty();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertThat(wb.content().exporter().export(REVIEWER, ContentExporter.Format.CSV, csv)).isEqualTo(9);
        byte[] bytes = csv.toByteArray();
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1, text.indexOf('\r'))).startsWith("type,name,text,id,scene");

        Path exported = dir.resolve("export.csv");
        Files.write(exported, bytes);
        ImportReport same = importer.importFile(EDITOR_ACTOR, exported, false);
        assertThat(same.errorRows()).isEmpty();
        assertThat(same.unchanged()).isEqualTo(9);
        assertThat(same.created() + same.newVersions()).isZero();

        Path edited = file("edited.csv", text.replace("很高兴认识您", "很高兴能认识您"));
        ImportReport changed = importer.importFile(EDITOR_ACTOR, edited, false);
        assertThat(changed.newVersions()).isEqualTo(1);
        assertThat(wb.content().library().open(REVIEWER, DemoContent.SCRIPT_NEW_CUSTOMER).orElseThrow().version())
                .isEqualTo(2);
        ImportReport again = importer.importFile(EDITOR_ACTOR, edited, true);
        assertThat(again.errorRows()).singleElement().satisfies(r -> assertThat(r.findings().get(0).message().key())
                .isEqualTo("content.import.openVersion"));

        Fresh fresh = new Fresh(dir.resolve("other"));
        try (fresh) {
            ImportReport into = fresh.wb.content().importer().importFile(EDITOR_ACTOR, exported, false);
            assertThat(into.created()).isEqualTo(9);
            assertThat(fresh.wb.content().library().open(REVIEWER, DemoContent.SCRIPT_HIGH_TICKET).orElseThrow()
                    .body().steps().get(1).attachments()).hasSize(1);
        }
    }

    @Test
    void jsonRoundTripKeepsEveryField() throws Exception {
        wb.content().demo().seedIfEmpty();
        Path json = dir.resolve("export.json");
        try (OutputStream out = Files.newOutputStream(json)) {
            wb.content().exporter().export(REVIEWER, ContentExporter.Format.JSON, out);
        }
        try (Fresh fresh = new Fresh(dir.resolve("json"))) {
            ImportReport report = fresh.wb.content().importer().importFile(EDITOR_ACTOR, json, false);
            assertThat(report.created()).isEqualTo(9);
            for (ContentSummary s : wb.content().library().list(REVIEWER, ContentFilter.ALL)) {
                assertThat(fresh.wb.content().library().open(REVIEWER, s.id()).orElseThrow().body())
                        .as(s.id()).isEqualTo(wb.content().library().open(REVIEWER, s.id()).orElseThrow().body());
            }
        }
    }

    @Test
    void aScopeNamingNothingInTheLocalCopyIsRefusedWithItsRow() throws Exception {
        String before = snapshot();
        Path csv = file("scopes.csv", HEADER
                + "welcome,包裹卡,{客户称呼}您好,,,,,,,state,package-card\n"
                + "welcome,直播间,{客户称呼}您好,,,,,,,state,live-9999\n"
                + "welcome,离职的人,{客户称呼}您好,,,,,,,member,gone-user\n");
        ImportReport report = importer.importFile(EDITOR_ACTOR, csv, false);
        assertThat(report.applied()).isFalse();
        assertThat(report.errorRows()).extracting(RowReport::line).containsExactly(3, 4);
        assertThat(report.errorRows().get(0).findings().get(0).message().key())
                .isEqualTo("content.error.scopeUnknown.STATE");
        assertThat(report.errorRows().get(0).findings().get(0).field()).isEqualTo("scope_value");
        assertThat(report.errorRows().get(1).findings().get(0).message().key())
                .isEqualTo("content.error.scopeUnknown.MEMBER");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aDryRunReportsButWritesNothing() throws Exception {
        String before = snapshot();
        Path csv = file("dry.csv", HEADER + "welcome,默认,{客户称呼}您好,,,,,,,,\n");
        ImportReport report = importer.importFile(EDITOR_ACTOR, csv, true);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.applied()).isFalse();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void onlyEditorsImportAndGuidesExportOnlyApprovedContent() throws Exception {
        Path csv = file("g.csv", HEADER + "welcome,默认,{客户称呼}您好,,,,,,,,\n");
        assertThatThrownBy(() -> importer.importFile(GUIDE, csv, false)).isInstanceOf(AccessDeniedException.class);
        wb.content().demo().seedIfEmpty();
        wb.content().service().create(EDITOR_ACTOR, com.siyu.workbench.content.ContentBody.welcome("草稿",
                com.siyu.workbench.content.Scope.DEFAULT, "{客户称呼}", List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(wb.content().exporter().export(GUIDE, ContentExporter.Format.JSON, out)).isEqualTo(9);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("草稿");
        assertThat(wb.content().library().list(REVIEWER, new ContentFilter("", ContentType.WELCOME, null, null)))
                .hasSize(3);
    }

    /** A second, empty workbench to import into. */
    private static final class Fresh implements AutoCloseable {
        final Workbench wb;

        Fresh(Path dir) throws Exception {
            wb = ContentFixture.open(dir);
        }

        @Override
        public void close() {
            wb.close();
        }
    }
}
