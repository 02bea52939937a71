package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.siyu.workbench.contacts.orders.JdbcOrderStats;
import com.siyu.workbench.contacts.orders.OrderSalesAttribution;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dashboard figures from SQL against the same figures computed independently (plain loops over the generated rows),
 * per rep, per store and for the team, for a range that starts and ends inside the generated data.
 */
class TeamDashboardFiguresTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path dir;
    static Database db;
    static TeamDataset data;
    static TeamDashboardService service;
    static final Actor REGION_LEAD = new Actor(TeamDataset.REGION_LEAD, "周区经理", Set.of(Role.LEAD));

    @BeforeAll
    static void generate() throws Exception {
        db = Database.open(dir.resolve("team.db"));
        data = TeamDataset.generate(db, TeamDataset.Spec.small(TODAY), ZONE);
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        service = new TeamDashboardService(new TeamScopeResolver(new JdbcTeamRepository(db)),
                new JdbcDashboardRepository(db), new OrderSalesAttribution(new JdbcOrderStats(db)), clock);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyRepStoreAndTheTeamMatchTheIndependentComputation() {
        DateRange range = new DateRange(TODAY.minusDays(20), TODAY.minusDays(3));
        TeamDashboard dashboard = service.load(REGION_LEAD, range, null);
        ExpectedFigures expected = new ExpectedFigures(data, range, TODAY);

        assertThat(dashboard.reps()).extracting(r -> r.member().userid())
                .containsExactlyInAnyOrderElementsOf(ExpectedFigures.ids(data.reps));
        for (RepFigures rep : dashboard.reps()) {
            assertFigures("rep " + rep.member().userid(), rep.figures(), expected, Set.of(rep.member().userid()));
            assertContent("rep " + rep.member().userid(), rep.content(), expected.content(Set.of(rep.member().userid())));
        }
        assertThat(dashboard.stores()).hasSize(data.storeCount());
        for (StoreFigures store : dashboard.stores()) {
            Set<String> members = data.reps.stream().filter(r -> r.store() == store.departmentId())
                    .map(TeamDataset.Rep::userid).collect(Collectors.toSet());
            assertThat(store.reps()).isEqualTo(members.size());
            assertFigures("store " + store.name(), store.figures(), expected, members);
        }
        Set<String> everyone = ExpectedFigures.ids(data.reps);
        assertFigures("team", dashboard.team(), expected, everyone);
        assertContent("team", dashboard.content(), expected.content(everyone));
    }

    @Test
    void trendWeeksAndSkipReasonsMatchDayByDay() {
        DateRange range = new DateRange(TODAY.minusDays(29), TODAY);
        TeamDashboard dashboard = service.load(REGION_LEAD, range, null);
        ExpectedFigures expected = new ExpectedFigures(data, range, TODAY);
        Set<String> everyone = ExpectedFigures.ids(data.reps);

        Map<LocalDate, long[]> days = expected.trend(everyone);
        assertThat(dashboard.trend()).hasSize(30);
        dashboard.trend().forEach(d -> assertThat(new long[] {d.due(), d.done()}).as("day %s", d.day())
                .containsExactly(days.get(d.day())));
        String rep = data.reps.get(2).userid();
        Map<LocalDate, long[]> repDays = expected.trend(Set.of(rep));
        dashboard.rep(rep).orElseThrow().trend().forEach(d -> assertThat(new long[] {d.due(), d.done()})
                .as("%s day %s", rep, d.day()).containsExactly(repDays.get(d.day())));

        Map<LocalDate, long[]> weeks = expected.weeks(everyone);
        assertThat(dashboard.weeks()).extracting(WeeklyRetention::weekStart).containsExactlyElementsOf(weeks.keySet());
        dashboard.weeks().forEach(w -> assertThat(new long[] {w.gained(), w.lost()}).as("week %s", w.weekStart())
                .containsExactly(weeks.get(w.weekStart())));

        Map<String, Long> reasons = new HashMap<>();
        dashboard.skipReasons().forEach(r -> reasons.put(r.reason(), r.count()));
        assertThat(reasons).isEqualTo(expected.skipReasons(everyone));
        assertThat(dashboard.skipReasons()).isSortedAccordingTo((a, b) -> Long.compare(b.count(), a.count()));
    }

    @Test
    void oneStoreOnlyHasItsOwnReps() {
        DateRange range = DateRange.lastDays(TODAY, 14);
        TeamDashboard dashboard = service.load(REGION_LEAD, range, TeamDataset.FIRST_STORE + 1);
        Set<String> members = data.reps.stream().filter(r -> r.store() == TeamDataset.FIRST_STORE + 1)
                .map(TeamDataset.Rep::userid).collect(Collectors.toSet());
        assertThat(dashboard.reps()).extracting(r -> r.member().userid()).containsExactlyInAnyOrderElementsOf(members);
        assertFigures("store only", dashboard.team(), new ExpectedFigures(data, range, TODAY), members);
    }

    private static void assertFigures(String what, UnitFigures actual, ExpectedFigures expected, Set<String> reps) {
        long[] tasks = expected.tasks(reps);
        assertThat(new long[] {actual.tasks().due(), actual.tasks().done(), actual.tasks().skipped(),
            actual.tasks().overdue()}).as(what + " tasks due/done/skipped/overdue").containsExactly(tasks);
        double[] touch = expected.firstTouch(reps);
        assertThat(actual.firstTouch().touched()).as(what + " touched").isEqualTo((long) touch[1]);
        assertThat(actual.firstTouch().untouched()).as(what + " untouched").isEqualTo((long) touch[2]);
        if (Double.isNaN(touch[0])) {
            assertThat(actual.firstTouch().medianMinutes()).as(what + " median").isNull();
        } else {
            assertThat(actual.firstTouch().medianMinutes()).as(what + " median").isCloseTo(touch[0], within(1e-6));
        }
        long[] messages = expected.messages(reps);
        assertThat(new long[] {actual.messages().created(), actual.messages().sent(), actual.messages().failed()})
                .as(what + " message tasks").containsExactly(messages);
        double[] b = expected.behavior(reps);
        UnitFigures.Behavior behavior = actual.behavior();
        assertThat(new double[] {behavior.chatCnt(), behavior.messageCnt(), behavior.newApplyCnt(),
            behavior.newContactCnt(), behavior.negativeFeedbackCnt()}).as(what + " behavior counts")
                .containsExactly(b[0], b[1], b[4], b[5], b[6]);
        assertThat(behavior.replyPercentage()).as(what + " reply %").isCloseTo(b[2], within(1e-9));
        assertThat(behavior.avgReplyTime()).as(what + " reply time").isCloseTo(b[3], within(1e-9));
        long[] retention = expected.retention(reps);
        assertThat(new long[] {actual.retention().gained(), actual.retention().lost(),
            actual.retention().gainedThenLost()}).as(what + " gained/lost").containsExactly(retention);
        Map<String, long[]> content = expected.content(reps);
        assertThat(actual.content().tasks()).as(what + " content tasks")
                .isEqualTo(content.values().stream().mapToLong(v -> v[0]).sum());
        assertThat(actual.content().sends()).as(what + " content sends")
                .isEqualTo(content.values().stream().mapToLong(v -> v[1]).sum());
        assertThat(actual.content().distinctItems()).as(what + " content items").isEqualTo(content.size());
        assertThat(actual.logEntries()).as(what + " log entries").isEqualTo(expected.logEntries(reps));
        assertThat(new long[] {actual.sales().orders(), actual.sales().amountCents()}).as(what + " sales")
                .containsExactly(expected.sales(reps));
        assertThat(actual.tasks().due()).as(what + " has data").isPositive();
    }

    private static void assertContent(String what, List<ContentUsage> actual, Map<String, long[]> expected) {
        assertThat(actual).extracting(ContentUsage::contentId).as(what).containsExactlyInAnyOrderElementsOf(
                expected.keySet());
        actual.forEach(c -> {
            assertThat(new long[] {c.tasks(), c.sends()}).as(what + " " + c.contentId())
                    .containsExactly(expected.get(c.contentId()));
            assertThat(c.name()).isNotBlank();
        });
    }
}
