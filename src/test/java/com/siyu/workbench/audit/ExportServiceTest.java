package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.store.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    static final Actor LEAD = new Actor("wangdz", "王店长", Set.of(Role.LEAD));

    @TempDir
    Path dir;
    Database db;
    ExportService exports;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("w.db"));
        exports = new ExportService(new JdbcActivityLog(db, Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static ExportTable reps() {
        return new ExportTable("team.reps", "导购明细", List.of(ExportColumn.text("导购"), ExportColumn.phone("手机"),
                ExportColumn.integer("应完成"), ExportColumn.percent("完成率"), ExportColumn.decimal("首次触达（分钟）")),
                List.of(List.of("张晓雯", "13812345678", 120L, 0.8542, 37.25),
                        java.util.Arrays.asList("李娜, \"小李\"", "13987654321", 0L, null, null)));
    }

    @Test
    void csvHasABomChineseTextIntactAndPhonesMaskedForALead() throws Exception {
        Path file = dir.resolve("团队.csv");
        exports.export(LEAD, reps(), ExportFormat.CSV, file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(file);
        assertThat(records.get(0).toList()).containsExactly("导购", "手机", "应完成", "完成率", "首次触达（分钟）");
        assertThat(records.get(1).toList()).containsExactly("张晓雯", "138****5678", "120", "85.4%", "37.3");
        assertThat(records.get(2).toList()).containsExactly("李娜, \"小李\"", "139****4321", "0", "", "");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("13812345678");

        String details = db.read(c -> Sql.queryOne(c, "SELECT details_json FROM activity_log WHERE action = ?"
                + " AND member_userid = ?", rs -> rs.getString(1), Actions.DATA_EXPORTED, LEAD.userid())).orElseThrow();
        assertThat(details).contains("\"table\":\"team.reps\"", "\"rows\":2", "\"format\":\"csv\"", "\"masked\":true");
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndMasksPhones() throws Exception {
        Path file = dir.resolve("team.xlsx");
        exports.export(LEAD, reps(), ExportFormat.XLSX, file);
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook book = new ReadableWorkbook(in)) {
            assertThat(book.getFirstSheet().getName()).isEqualTo("导购明细");
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCell(4).asString()).isEqualTo("首次触达（分钟）");
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("张晓雯");
            assertThat(rows.get(1).getCell(1).asString()).isEqualTo("138****5678");
            assertThat(rows.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCell(3).asNumber()).isEqualByComparingTo("0.8542");
        }
    }

    @Test
    void mobileNumbersInsideFreeTextAreMaskedButOrderIdsAndOtherNumbersAreNot() throws Exception {
        ExportTable log = new ExportTable("audit.log", "操作记录", List.of(ExportColumn.text("内容")),
                List.of(List.of("客户说换号了：139 8765 4321，旧号+86-138-1234-5678 停用"),
                        List.of("订单 202611241381234567890 已匹配，金额 1380012345 分")));
        Path file = dir.resolve("log.csv");

        exports.export(LEAD, log, ExportFormat.CSV, file);

        List<CSVRecord> records = parse(file);
        assertThat(records.get(1).get(0)).isEqualTo("客户说换号了：139****4321，旧号138****5678 停用");
        assertThat(records.get(2).get(0)).isEqualTo("订单 202611241381234567890 已匹配，金额 1380012345 分");

        Path full = dir.resolve("log-full.csv");
        exports.export(new Actor("x", "x", Set.of(Role.GUIDE, Role.LEAD)), log, ExportFormat.CSV, full);
        assertThat(parse(full).get(1).get(0)).contains("139 8765 4321");
    }

    @Test
    void someoneWhoMaySeePhonesExportsThemInFull() throws Exception {
        Path file = dir.resolve("full.csv");
        exports.export(new Actor("x", "x", Set.of(Role.GUIDE, Role.LEAD)), reps(), ExportFormat.CSV, file);
        assertThat(parse(file).get(1).get(1)).isEqualTo("13812345678");
    }

    @Test
    void aFailedExportLeavesNoFileAndNoLogEntryAndAnExistingFileIsReplacedWhole() throws Exception {
        Path nowhere = dir.resolve("missing-folder").resolve("x.csv");
        assertThatThrownBy(() -> exports.export(LEAD, reps(), ExportFormat.CSV, nowhere)).isInstanceOf(IOException.class);
        assertThat(nowhere).doesNotExist();
        long logged = db.read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log"));
        assertThat(logged).isZero();

        Path file = dir.resolve("again.csv");
        Files.writeString(file, "old content that is much longer than the new export would ever be ".repeat(100));
        exports.export(LEAD, reps(), ExportFormat.CSV, file);
        assertThat(parse(file)).hasSize(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void amountsAreWrittenInYuanWithTwoDecimals() {
        assertThat(ExportService.csvCell(ExportColumn.Kind.MONEY, 1234.5)).isEqualTo("1234.50");
        assertThat(ExportService.csvCell(ExportColumn.Kind.PERCENT, 0.12345)).isEqualTo("12.3%");
        assertThat(CellText.of(ExportColumn.Kind.MONEY, 1234567.891)).isEqualTo("1,234,567.89");
        assertThat(CellText.of(ExportColumn.Kind.INTEGER, null)).isEqualTo("—");
    }

    static List<CSVRecord> parse(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo('\uFEFF');
        try (Reader reader = new java.io.StringReader(text.substring(1))) {
            return CSVFormat.EXCEL.parse(reader).getRecords();
        }
    }
}
