package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.contacts.orders.AttributionService;
import com.siyu.workbench.contacts.orders.Period;
import com.siyu.workbench.contacts.orders.SalesStats;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.testing.TestWorkbench;
import com.siyu.workbench.ui.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 业绩归因 on the team dashboard, over a real SQLite file with orders matched by the real import: per rep, per
 * channel and for the team, only the lead's team, the same figures as the contacts screen, tiles and export.
 */
class TeamSalesTest {
    @TempDir
    Path dir;
    Workbench workbench;

    @BeforeEach
    void open() throws Exception {
        workbench = TestWorkbench.open(dir.resolve("db"));
        SalesDataset.write(workbench, dir);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void salesAreCreditedToTheLeadsRepsAndTheirChannelsOnly() {
        SalesBreakdown sales = workbench.audit().dashboards().load(SalesDataset.LEAD, SalesDataset.RANGE, null)
                .sales();

        assertThat(sales.reps()).extracting(r -> r.member().userid(), r -> r.sales().revenueCents(),
                r -> r.sales().orders(), r -> r.sales().buyers(), r -> r.sales().repeatBuyers(),
                r -> r.sales().contacts()).containsExactly(
                tuple(TestWorkbench.GUIDE, 160_000L, 4L, 3L, 2L, 3L),
                tuple(SalesDataset.LISI, 120_000L, 2L, 2L, 0L, 2L),
                tuple(TestWorkbench.LEAD, 0L, 0L, 0L, 0L, 0L));
        assertThat(sales.reps()).extracting(r -> r.sales().repeatRate(), r -> r.sales().revenuePerContactCents())
                .containsExactly(tuple(2 / 3.0, 53_333L), tuple(0.0, 60_000L), tuple(null, null));

        assertThat(sales.channels()).extracting(AttributedSales::key, AttributedSales::name,
                AttributedSales::revenueCents, AttributedSales::orders, AttributedSales::buyers,
                AttributedSales::repeatBuyers, AttributedSales::contacts).containsExactly(
                tuple(SalesDataset.STORE_CODE, "徐汇店门口活码", 150_000L, 3L, 3L, 1L, 3L),
                tuple(SalesDataset.LIVE, "双11直播间", 130_000L, 3L, 2L, 1L, 2L));
        assertThat(sales.channels()).extracting(AttributedSales::repeatRate, AttributedSales::revenuePerContactCents)
                .containsExactly(tuple(1 / 3.0, 50_000L), tuple(0.5, 65_000L));

        // a buyer counts once for the team: its 二销率 is over its 5 buyers, not an average of the reps' rates
        assertThat(sales.total()).extracting(AttributedSales::revenueCents, AttributedSales::orders,
                AttributedSales::buyers, AttributedSales::repeatBuyers, AttributedSales::contacts,
                AttributedSales::repeatRate, AttributedSales::revenuePerContactCents)
                .containsExactly(280_000L, 6L, 5L, 2L, 5L, 0.4, 56_000L);
    }

    @Test
    void theFiguresAreTheContactsScreensAndTheRepsTables() {
        TeamDashboard dashboard = workbench.audit().dashboards().load(SalesDataset.LEAD, SalesDataset.RANGE, null);
        Period period = new Period(SalesDataset.RANGE.start(workbench.clock().getZone()),
                SalesDataset.RANGE.end(workbench.clock().getZone()));
        List<SalesStats> contactsScreen = workbench.contacts().attribution().sales(SalesDataset.LEAD, period,
                AttributionService.By.REP);
        assertThat(contactsScreen).isNotEmpty().allSatisfy(s -> {
            RepSales rep = dashboard.sales().reps().stream().filter(r -> r.member().userid().equals(s.key()))
                    .findFirst().orElseThrow();
            assertThat(rep.sales().revenueCents()).isEqualTo(s.revenueCents());
            assertThat(rep.sales().repeatRate()).isEqualTo(s.repeatPurchaseRate());
            assertThat(rep.sales().revenuePerContactCents()).isEqualTo(s.revenuePerContactCents());
        });
        dashboard.sales().reps().forEach(r -> assertThat(dashboard.rep(r.member().userid()).orElseThrow().figures()
                .sales().amountCents()).isEqualTo(r.sales().revenueCents()));
    }

    @Test
    void onlyTheTeamsRepsCountAndOnlyLeadsMayLook() {
        TeamDashboard store = workbench.audit().dashboards().load(SalesDataset.LEAD, SalesDataset.RANGE, 2);
        assertThat(store.sales().reps()).extracting(r -> r.member().userid()).doesNotContain(SalesDataset.FAR);
        assertThat(store.sales().total().revenueCents()).isEqualTo(280_000L);

        // a lead who is also an admin sees the whole organisation: 周七's customer and sale appear
        Actor everyone = new Actor(TestWorkbench.LEAD, "王店长", Set.of(Role.LEAD, Role.ADMIN));
        SalesBreakdown whole = workbench.audit().dashboards().load(everyone, SalesDataset.RANGE, null).sales();
        assertThat(whole.reps()).extracting(r -> r.member().userid(), r -> r.sales().revenueCents())
                .startsWith(tuple(SalesDataset.FAR, 999_900L));
        assertThat(whole.total().revenueCents()).isEqualTo(280_000L + 999_900L);
        assertThat(whole.channels()).extracting(AttributedSales::key, AttributedSales::revenueCents)
                .contains(tuple(SalesDataset.STORE_CODE, 150_000L + 999_900L));

        Actor guide = new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE));
        assertThatThrownBy(() -> workbench.audit().dashboards().load(guide, SalesDataset.RANGE, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theViewModelShowsTheTeamTilesTheRowsAndExportsTheChannels() throws Exception {
        Session session = new Session();
        Messages messages = Messages.load(Language.ZH_CN);
        ScriptedDialogs dialogs = ScriptedDialogs.recording();
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        TableExporter exporter = new TableExporter(workbench.audit().exports(), session::actor, executor, dialogs,
                messages);
        TeamViewModel team = new TeamViewModel(workbench.audit().dashboards(), exporter, session, executor, messages,
                workbench.clock());
        session.signIn(SalesDataset.LEAD);
        team.activate();

        TeamSalesViewModel sales = team.sales();
        assertThat(sales.kpis()).extracting(Kpi::id, Kpi::value, Kpi::detail).containsExactly(
                tuple("revenue", "¥2,800.00", "6 单 · 5 位客户购买"),
                tuple("repeatRate", "40.0%", "2 / 5 位购买客户累计下单两次及以上"),
                tuple("revenuePerContact", "¥560.00", "按期间内 5 个客户关系计"));
        assertThat(sales.reps()).extracting(r -> r.member().name()).containsExactly("张晓雯", "李四", "王店长");
        assertThat(sales.chartRows()).extracting(AttributedSales::name).containsExactly("张晓雯", "李四", "王店长");
        sales.byProperty().set(TeamSalesViewModel.By.CHANNEL);
        assertThat(sales.chartTitle()).isEqualTo("渠道营收");
        assertThat(sales.chartRows()).extracting(AttributedSales::name).containsExactly("徐汇店门口活码", "双11直播间");

        dialogs.answerFileToSave(dir.resolve("channels"));
        team.export("team.salesChannels", "audit.tab.salesChannels", sales.channelColumns(), sales.channels(),
                ExportFormat.CSV);
        List<String> lines = Files.readAllLines(dir.resolve("channels.csv"));
        assertThat(lines).containsExactly("\uFEFF渠道,营收（元）,成交单数,购买客户,复购客户,二销率,客户数,单客产值（元）",
                "徐汇店门口活码,1500.00,3,3,1,33.3%,3,500.00",
                "双11直播间,1300.00,3,2,1,50.0%,2,650.00");

        // switching to a guide clears the figures rather than leaving the lead's on screen
        session.signIn(new Actor(TestWorkbench.GUIDE, "张晓雯", Set.of(Role.GUIDE)));
        assertThat(sales.kpis()).isEmpty();
        assertThat(sales.reps()).isEmpty();
        assertThat(sales.channels()).isEmpty();
    }
}
