package com.siyu.workbench.contacts.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.audit.Actions;
import com.siyu.workbench.contacts.ContactsFixture;
import com.siyu.workbench.contacts.ContactsModule;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Order files as shops export them, imported into a real SQLite file with the standard customers. */
class OrderImportTest {
    static final Actor LEAD = new Actor(TestWorkbench.LEAD, "王店长", java.util.Set.of(Role.LEAD));
    static final Actor GUIDE = new Actor(TestWorkbench.GUIDE, "张晓雯", java.util.Set.of(Role.GUIDE));
    static final String HEADER = "订单编号,下单时间,实付金额,商品名称,收货人手机,买家昵称,UnionID\n";
    static final String ROWS = """
            A1001,2026-11-20 10:00:00,"¥1,299.00",口红礼盒,,,union-li
            A1002,2026/11/21 15:30,￥59.9,精华液小样,+86 139-0000-1111,,
            A1003,2026年11月22日,"1,000",面霜,,赵丽颖粉丝,
            A1004,2026-11-22 09:00,88,唇膏,,无名氏,
            """;

    @TempDir
    Path dir;
    Workbench workbench;
    ContactsModule contacts;
    final Messages zh = Messages.load(Language.ZH_CN);

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir.resolve("db"));
        new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        contacts = new ContactsModule(workbench.db(), workbench.clock(), workbench.members(), workbench.activityLog(),
                workbench.outbox(), () -> { });
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    private ImportResult importFile(Path path) {
        OrderImportService service = contacts.orderImport();
        TabularFile file = service.read(path);
        return service.importOrders(LEAD, file, ColumnMapping.guess(file.headers()), ProgressReporter.NONE);
    }

    private Map<String, Object> order(String id) {
        return workbench.db().read(c -> Sql.queryOne(c, "SELECT external_userid, match_method, credited_userid,"
                + " credited_state, amount_cents, buyer_phone FROM orders WHERE order_id = ?", rs -> {
                    Map<String, Object> row = new java.util.HashMap<>();
                    row.put("contact", rs.getString(1));
                    row.put("method", rs.getString(2));
                    row.put("rep", rs.getString(3));
                    row.put("channel", rs.getString(4));
                    row.put("cents", rs.getLong(5));
                    row.put("phone", rs.getString(6));
                    return row;
                }, id).orElseThrow());
    }

    private long orderCount() {
        return workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM orders"));
    }

    @Test
    void utf8CsvWithYuanSignsAndThousandsCommasMatchesByUnionidAndPhoneAndOnlySuggestsNicknames() throws Exception {
        ImportResult result = importFile(file("有赞订单.csv", (HEADER + ROWS).getBytes(StandardCharsets.UTF_8)));

        assertThat(result.imported()).isEqualTo(4);
        assertThat(result.matchedBy()).containsEntry(MatchMethod.UNIONID, 1).containsEntry(MatchMethod.PHONE, 1);
        assertThat(result.suggested()).isEqualTo(1);
        assertThat(result.unmatched()).isEqualTo(2);
        assertThat(order("A1001")).containsEntry("contact", "wm-li").containsEntry("method", "UNIONID")
                .containsEntry("rep", TestWorkbench.GUIDE).containsEntry("channel", "store-xh")
                .containsEntry("cents", 129900L);
        assertThat(order("A1002")).containsEntry("contact", "wm-wang").containsEntry("method", "PHONE")
                .containsEntry("channel", "live-1126").containsEntry("cents", 5990L)
                .containsEntry("phone", "13900001111");
        // the nickname match is a suggestion only: the order stays unmatched until a guide confirms
        assertThat(order("A1003")).containsEntry("contact", null).containsEntry("cents", 100000L);
        assertThat(order("A1004")).containsEntry("contact", null);
        List<UnmatchedOrder> unmatched = contacts.orderMatching().unmatched(LEAD, 50);
        assertThat(unmatched).extracting(UnmatchedOrder::orderId).containsExactly("A1004", "A1003");
        assertThat(unmatched.get(1).suggestions()).extracting(UnmatchedOrder.SuggestedContact::externalUserid)
                .containsExactly("wm-zhao");
        long logged = workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM activity_log WHERE action = ?",
                Actions.ORDERS_IMPORTED));
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void utf8WithBomAndGbkFilesReadTheSame() throws Exception {
        byte[] utf8 = (HEADER + ROWS).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        TabularFile withBom = contacts.orderImport().read(file("excel-utf8.csv", bom));
        assertThat(withBom.encoding()).isEqualTo("UTF-8 BOM");
        assertThat(withBom.headers().get(0)).isEqualTo("订单编号");

        // GBK has no half-width ¥ (U+00A5); Chinese exports write the full-width ￥
        byte[] gbk = (HEADER + ROWS.replace("¥", "￥")).getBytes(Charset.forName("GBK"));
        TabularFile fromGbk = contacts.orderImport().read(file("淘宝导出.csv", gbk));
        assertThat(fromGbk.encoding()).isEqualTo("GBK");
        assertThat(fromGbk.headers()).containsExactly("订单编号", "下单时间", "实付金额", "商品名称", "收货人手机",
                "买家昵称", "UnionID");
        assertThat(fromGbk.rows().get(2).cell(5)).isEqualTo("赵丽颖粉丝");

        ImportResult result = contacts.orderImport().importOrders(LEAD, fromGbk,
                ColumnMapping.guess(fromGbk.headers()), ProgressReporter.NONE);
        assertThat(result.imported()).isEqualTo(4);
        assertThat(order("A1001")).containsEntry("cents", 129900L).containsEntry("contact", "wm-li");
        // the BOM file holds the same orders: importing it after the GBK file skips every row as already imported
        ImportResult again = contacts.orderImport().importOrders(LEAD, withBom, ColumnMapping.guess(withBom.headers()),
                ProgressReporter.NONE);
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(4);
        assertThat(orderCount()).isEqualTo(4);
    }

    @Test
    void xlsxWithDateCellsAndNumericAmounts() throws Exception {
        Path path = dir.resolve("抖店订单.xlsx");
        try (OutputStream out = Files.newOutputStream(path); Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = wb.newWorksheet("订单");
            String[] headers = {"订单号", "支付时间", "订单金额", "商品", "手机号"};
            for (int i = 0; i < headers.length; i++) {
                sheet.value(0, i, headers[i]);
            }
            sheet.value(1, 0, "DY-1");
            sheet.value(1, 1, LocalDateTime.of(2026, 11, 20, 20, 15));
            sheet.style(1, 1).format("yyyy-mm-dd hh:mm").set();
            sheet.value(1, 2, 2599.5);
            sheet.value(1, 3, "精华液大瓶");
            sheet.value(1, 4, 13812345678L);
            sheet.value(2, 0, "DY-2");
            sheet.value(2, 1, "2026-11-21 08:00");
            sheet.value(2, 2, "¥12,000");
        }
        TabularFile file = contacts.orderImport().read(path);
        assertThat(file.encoding()).isEqualTo("XLSX");
        assertThat(file.rows().get(0).cell(1)).isEqualTo("2026-11-20 20:15:00");
        ImportResult result = importFile(path);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(order("DY-1")).containsEntry("cents", 259950L).containsEntry("contact", "wm-li")
                .containsEntry("method", "PHONE");
        assertThat(order("DY-2")).containsEntry("cents", 1200000L);
        long at = workbench.db().read(c -> Sql.queryLong(c, "SELECT ordered_at FROM orders WHERE order_id = 'DY-1'"));
        assertThat(java.time.Instant.ofEpochMilli(at)).isEqualTo(java.time.Instant.parse("2026-11-20T12:15:00Z"));
    }

    @Test
    void missingRequiredColumnsAreNamedAndNothingIsImported() throws Exception {
        Path path = file("no-amount.csv", "订单号,下单时间,商品\nB1,2026-11-20,口红\n".getBytes(StandardCharsets.UTF_8));
        TabularFile file = contacts.orderImport().read(path);
        ColumnMapping mapping = ColumnMapping.guess(file.headers());
        assertThat(mapping.missingRequired(file.headers().size())).containsExactly(OrderField.AMOUNT);
        OrderImportException error = catchImport(() -> contacts.orderImport().importOrders(LEAD, file, mapping,
                ProgressReporter.NONE));
        assertThat(OrderMessages.file(zh, error)).isEqualTo("缺少必需的列：金额。请在列对应中为它们选择文件中的列。");
        assertThat(orderCount()).isZero();
        // a mapping pointing past the file's last column is missing too
        assertThat(mapping.with(OrderField.AMOUNT, 7).missingRequired(3)).containsExactly(OrderField.AMOUNT);
    }

    @Test
    void duplicateIdsInTheFileRefuseTheWholeFileWithBothLinesNamed() throws Exception {
        String csv = HEADER + ROWS + "A1002,2026-11-23 11:00,10,别的商品,,,\n";
        Path path = file("dup.csv", csv.getBytes(StandardCharsets.UTF_8));
        TabularFile file = contacts.orderImport().read(path);
        ImportPlan plan = contacts.orderImport().preview(LEAD, file, ColumnMapping.guess(file.headers()),
                ProgressReporter.NONE);
        assertThat(plan.canImport()).isFalse();
        assertThat(plan.errors()).hasSize(1);
        assertThat(OrderMessages.row(zh, plan.errors().get(0))).isEqualTo("第 6 行 · 订单号：订单号“A1002”与第 3 行重复");
        assertThatThrownBy(() -> importFile(path)).isInstanceOf(OrderImportException.class);
        assertThat(orderCount()).isZero();
    }

    @Test
    void anIdImportedBeforeWithADifferentAmountIsAnErrorTheSameSaleIsSkipped() throws Exception {
        importFile(file("first.csv", (HEADER + ROWS).getBytes(StandardCharsets.UTF_8)));
        String changed = HEADER + "A1001,2026-11-20 10:00:00,\"¥1,199.00\",口红礼盒,,,union-li\n"
                + "A1002,2026/11/21 15:30,￥59.9,精华液小样,13900001111,,\n" + "A2000,2026-11-23 08:00,10,新品,,,\n";
        Path path = file("second.csv", changed.getBytes(StandardCharsets.UTF_8));
        TabularFile file = contacts.orderImport().read(path);
        ImportPlan plan = contacts.orderImport().preview(LEAD, file, ColumnMapping.guess(file.headers()),
                ProgressReporter.NONE);
        assertThat(plan.errors()).extracting(e -> OrderMessages.row(zh, e))
                .containsExactly("第 2 行 · 订单号：订单号“A1001”已导入过，但时间或金额与已导入的不同");
        assertThat(plan.skipped()).extracting(RowError::line).containsExactly(3);
        assertThatThrownBy(() -> importFile(path)).isInstanceOf(OrderImportException.class);
        assertThat(orderCount()).isEqualTo(4);
        assertThat(order("A1001")).containsEntry("cents", 129900L);
    }

    @Test
    void badAmountsAndTimesAreReportedPerRowWithTheirLineEvenAfterAMultiLineCell() throws Exception {
        String csv = HEADER
                + "C1,2026-11-20 10:00,\"¥1,299.00\",\"礼盒\n含赠品\",,,\n"
                + "C2,昨天下午,12,口红,,,\n"
                + "C3,2026-11-20,12元5角,口红,,,\n"
                + "C4,2026-11-20,-30,退款,,,\n"
                + ",2026-11-20,1.234,口红,,,\n"
                + "C6,2026-02-30,10,口红,,,\n";
        TabularFile file = contacts.orderImport().read(file("bad.csv", csv.getBytes(StandardCharsets.UTF_8)));
        ImportPlan plan = contacts.orderImport().preview(LEAD, file, ColumnMapping.guess(file.headers()),
                ProgressReporter.NONE);
        assertThat(plan.errors()).extracting(e -> OrderMessages.row(zh, e)).containsExactly(
                "第 4 行 · 下单时间：“昨天下午”不是可识别的时间（例如 2026-11-23 14:05）",
                "第 5 行 · 金额：“12元5角”不是有效金额（例如 ¥1,299.00 或 59.9）",
                "第 6 行 · 金额：金额不能为负数：“-30”（退款请不要放在订单文件中）",
                "第 7 行 · 订单号：不能为空",
                "第 7 行 · 金额：“1.234”的小数超过两位",
                "第 8 行 · 下单时间：“2026-02-30”不是可识别的时间（例如 2026-11-23 14:05）");
        assertThat(plan.orders()).extracting(p -> p.order().orderId()).containsExactly("C1");
    }

    @Test
    void unreadableAndOldExcelFilesGiveAClearMessage() throws Exception {
        Path xlsFile = file("旧表.xls", new byte[] {1, 2});
        Path brokenFile = file("坏.xlsx", new byte[] {1});
        Path headerOnlyFile = file("空.csv", HEADER.getBytes(StandardCharsets.UTF_8));
        OrderImportException xls = catchImport(() -> contacts.orderImport().read(xlsFile));
        assertThat(OrderMessages.file(zh, xls)).contains("旧版 Excel");
        OrderImportException broken = catchImport(() -> contacts.orderImport().read(brokenFile));
        assertThat(OrderMessages.file(zh, broken)).isEqualTo(
                "无法读取文件“坏.xlsx”：文件可能已损坏，或不是 CSV / XLSX 格式。");
        OrderImportException headerOnly = catchImport(() -> contacts.orderImport().read(headerOnlyFile));
        assertThat(headerOnly.messageKey()).isEqualTo("contacts.orders.error.noRows");
    }

    @Test
    void guidesDoNotImport() throws Exception {
        Path path = file("a.csv", (HEADER + ROWS).getBytes(StandardCharsets.UTF_8));
        TabularFile file = contacts.orderImport().read(path);
        assertThatThrownBy(() -> contacts.orderImport().importOrders(GUIDE, file, ColumnMapping.guess(file.headers()),
                ProgressReporter.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    private static OrderImportException catchImport(Runnable action) {
        try {
            action.run();
        } catch (OrderImportException e) {
            return e;
        }
        throw new AssertionError("expected an OrderImportException");
    }
}
