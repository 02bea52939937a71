package com.siyu.workbench.contacts.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.ContactsFixture;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.store.Sql;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's model: guess, remap, preview with Chinese problems, import only when clean. */
class OrderImportViewModelTest {
    @TempDir
    Path dir;
    Workbench workbench;
    OrdersViewModel orders;

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir.resolve("db"));
        new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        orders = new OrdersViewModel(workbench.contacts().orderImport(), workbench.contacts().orderMatching(),
                new CurrentThreadTaskExecutor(), () -> OrderImportTest.LEAD, Messages.load(Language.ZH_CN),
                workbench.clock());
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private long orderCount() {
        return workbench.db().read(c -> Sql.queryLong(c, "SELECT COUNT(*) FROM orders"));
    }

    @Test
    void anUnusualHeaderIsMappedByHandAndTheImportWaitsForACleanPreview() throws Exception {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "单号,时间,付款,手机\nX1,2026-11-20 10:00,¥99.00,13812345678\n"
                + "X2,2026-11-21 10:00,九十九,13900001111\n", StandardCharsets.UTF_8);
        OrderImportViewModel model = orders.newImport();
        model.open(file);

        assertThat(model.fileTextProperty().get()).isEqualTo("export.csv · UTF-8 · 2 行");
        assertThat(model.errorProperty().get()).isEqualTo(
                "缺少必需的列：订单号、下单时间、金额。请在列对应中为它们选择文件中的列。");
        assertThat(model.canImportProperty().get()).isFalse();

        model.map(OrderField.ORDER_ID, 0);
        model.map(OrderField.ORDERED_AT, 1);
        model.map(OrderField.AMOUNT, 2);
        assertThat(model.mappingProperty().get().column(OrderField.PHONE)).isEqualTo(3);
        assertThat(model.problems()).containsExactly("第 3 行 · 金额：“九十九”不是有效金额（例如 ¥1,299.00 或 59.9）");
        assertThat(model.canImportProperty().get()).isFalse();
        model.importNow();
        assertThat(orderCount()).isZero();

        Files.writeString(file, "单号,时间,付款,手机\nX1,2026-11-20 10:00,¥99.00,13812345678\n"
                + "X2,2026-11-21 10:00,99,13900001111\n", StandardCharsets.UTF_8);
        OrderImportViewModel again = orders.newImport();
        again.open(file);
        again.map(OrderField.ORDER_ID, 0);
        again.map(OrderField.ORDERED_AT, 1);
        again.map(OrderField.AMOUNT, 2);
        assertThat(again.summaryProperty().get()).startsWith("可导入 2 笔：UnionID 匹配 0、手机号匹配 2");
        assertThat(again.sample()).hasSize(2);
        again.importNow();
        assertThat(orderCount()).isEqualTo(2);
        assertThat(again.doneProperty().get()).isTrue();
        assertThat(again.summaryProperty().get()).isEqualTo("已导入 2 笔：匹配 2，建议 0，未匹配 0，跳过 0。");
    }
}
