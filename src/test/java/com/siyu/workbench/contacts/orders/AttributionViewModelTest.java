package com.siyu.workbench.contacts.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.ContactsFixture;
import com.siyu.workbench.contacts.Money;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.testing.TestWorkbench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 业绩归因 tab's model: the lead's team only, per rep and per channel, over the chosen period. */
class AttributionViewModelTest {
    static final Actor GUIDE = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));

    @TempDir
    Path dir;
    Workbench workbench;
    AttributionViewModel model;
    final AtomicReference<Actor> atDesk = new AtomicReference<>(OrderImportTest.LEAD);

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir.resolve("db"));
        new ContactsFixture(workbench.db()).standard(TestWorkbench.GUIDE, TestWorkbench.MORNING);
        Path orders = dir.resolve("orders.csv");
        // today is 2026-11-23 (Asia/Shanghai); 王 buys twice (a repeat buyer), 李 once in October, far store once
        Files.writeString(orders, "订单号,下单时间,金额,商品,手机号,UnionID\n"
                + "A1,2026-10-02 10:00,\"¥1,000.00\",口红,,union-li\n"
                + "A2,2026-11-10 10:00,200,精华,13900001111,\n"
                + "A3,2026-11-20 10:00,300,精华,13900001111,\n"
                + "A4,2026-11-21 10:00,800,口红,13712345678,\n"
                + "A5,2026-11-22 10:00,999,口红,13600009999,\n", StandardCharsets.UTF_8);
        TabularFile file = workbench.contacts().orderImport().read(orders);
        workbench.contacts().orderImport().importOrders(OrderImportTest.LEAD, file,
                ColumnMapping.guess(file.headers()), ProgressReporter.NONE);
        model = new AttributionViewModel(workbench.contacts().attribution(), new CurrentThreadTaskExecutor(),
                atDesk::get, Messages.load(Language.ZH_CN), workbench.clock());
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aLeadSeesEachRepOfTheTeamWithRepeatRateAndRevenuePerContact() {
        model.refresh();

        assertThat(model.rows()).extracting(SalesStats::key, SalesStats::revenueCents, SalesStats::orders)
                .containsExactly(tuple(ContactsFixture.OTHER_GUIDE, 80000L, 1),
                        tuple(TestWorkbench.GUIDE, 50000L, 2));
        SalesStats guide = model.rows().get(1);
        assertThat(model.name(guide)).isEqualTo("张晓雯");
        assertThat(model.rate(guide)).isEqualTo("100.0%");
        // 李, 王 and 赵 (lost ten days ago, inside the last 30 days) were the guide's contacts
        assertThat(model.money(guide.revenuePerContactCents())).isEqualTo(Money.format(16667));
        assertThat(model.summaryProperty().get()).isEqualTo("2026-10-25 至 2026-11-23：成交 "
                + Money.format(130000) + "，3 笔");
    }

    @Test
    void changingThePeriodOrTheGroupingReadsAgain() {
        model.refresh();
        model.rangeProperty().set(SalesRange.THIS_YEAR);
        assertThat(model.rows()).extracting(SalesStats::key).containsExactly(TestWorkbench.GUIDE,
                ContactsFixture.OTHER_GUIDE);
        assertThat(model.rows().get(0).revenueCents()).isEqualTo(150000L);

        model.byProperty().set(AttributionService.By.CHANNEL);
        assertThat(model.rows()).extracting(SalesStats::key, SalesStats::revenueCents)
                .containsExactly(tuple("store-xh", 180000L), tuple("live-1126", 50000L), tuple("", 0L));
        assertThat(model.name(model.rows().get(1))).isEqualTo("双11直播间");
        // 赵 came without a channel: her follow counts, no sale
        assertThat(model.name(model.rows().get(2))).isEqualTo("无渠道");
        assertThat(model.rows().get(2).contacts()).isEqualTo(1);
        assertThat(model.rate(model.rows().get(2))).isEqualTo("—");
    }

    @Test
    void aGuideGetsNoFiguresAndTheServiceRefusesThem() {
        atDesk.set(GUIDE);
        model.refresh();
        assertThat(model.rows()).isEmpty();
        assertThat(AttributionViewModel.canView(GUIDE)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workbench.contacts().attribution()
                .sales(GUIDE, SalesRange.THIS_MONTH.period(java.time.LocalDate.of(2026, 11, 23),
                        workbench.clock().getZone()), AttributionService.By.REP))
                .isInstanceOf(com.siyu.workbench.members.AccessDeniedException.class);
    }
}
