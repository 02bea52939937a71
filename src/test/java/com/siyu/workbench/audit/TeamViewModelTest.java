package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.contacts.orders.JdbcOrderStats;
import com.siyu.workbench.contacts.orders.OrderSalesAttribution;
import com.siyu.workbench.core.CurrentThreadTaskExecutor;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Role;
import com.siyu.workbench.store.Database;
import com.siyu.workbench.testing.ScriptedDialogs;
import com.siyu.workbench.ui.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 团队 view models without a scene: loading, validation, denial, drill-down, chain status, export. */
class TeamViewModelTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Actor LEAD = new Actor(TeamDataset.REGION_LEAD, "周区经理", Set.of(Role.LEAD));

    @TempDir
    Path dir;
    Database db;
    TeamDataset data;
    Session session = new Session();
    ScriptedDialogs dialogs = ScriptedDialogs.recording();
    Messages messages = Messages.load(Language.ZH_CN);
    TeamViewModel team;
    LogDrillViewModel drill;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("w.db"));
        data = TeamDataset.generate(db, TeamDataset.Spec.small(TODAY), ZONE);
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        AuditModule audit = new AuditModule(db, clock, new JdbcActivityLog(db, clock),
                new OrderSalesAttribution(new JdbcOrderStats(db)));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        TableExporter exporter = new TableExporter(audit.exports(), session::actor, executor, dialogs, messages);
        team = new TeamViewModel(audit.dashboards(), exporter, session, executor, messages, clock);
        drill = new LogDrillViewModel(audit.logs(), exporter, session, executor, messages, ZONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void activatingLoadsTheLastThirtyDaysForTheSignedInLead() {
        session.signIn(LEAD);
        team.activate();

        assertThat(team.fromProperty().get()).isEqualTo(TODAY.minusDays(29));
        assertThat(team.departments()).extracting(DepartmentChoice::label)
                .containsExactly("全部门店", "上海徐汇店", "上海静安店");
        assertThat(team.reps()).hasSize(data.reps.size());
        assertThat(team.kpis()).extracting(Kpi::id).containsExactly("completion", "skipped", "overdue", "firstTouch",
                "retention", "messages", "behavior");
        assertThat(team.kpis().get(0).value()).endsWith("%");
        assertThat(team.statusProperty().get()).startsWith(data.reps.size() + " 名导购");
        assertThat(team.errorProperty().get()).isEmpty();
        assertThat(team.ranking().get(0).figures().tasks().completionRate())
                .isGreaterThanOrEqualTo(team.ranking().get(team.ranking().size() - 1).figures().tasks().completionRate());
    }

    @Test
    void aBadRangeIsExplainedAndLoadsNothing() {
        session.signIn(LEAD);
        team.activate();
        team.fromProperty().set(TODAY);
        team.toProperty().set(TODAY.minusDays(3));
        team.refresh();
        assertThat(team.errorProperty().get()).isEqualTo("开始日期不能晚于结束日期。");
        team.fromProperty().set(TODAY.minusYears(2));
        team.toProperty().set(TODAY);
        team.refresh();
        assertThat(team.errorProperty().get()).contains("366");
    }

    @Test
    void aGuideIsToldPlainlyAndSeesNoFigures() {
        session.signIn(new Actor("rep01", "张晓雯", Set.of(Role.GUIDE)));
        team.activate();
        assertThat(team.errorProperty().get()).isEqualTo("只有组长/店长可以查看团队看板。");
        assertThat(team.reps()).isEmpty();
        assertThat(team.departments()).isEmpty();
    }

    @Test
    void switchingMembersWhileShownReloadsForTheNewOne() {
        session.signIn(LEAD);
        team.activate();
        session.signIn(new Actor(TeamDataset.STORE_LEAD, "王店长", Set.of(Role.LEAD)));
        assertThat(team.departments()).extracting(DepartmentChoice::label).containsExactly("全部门店", "上海徐汇店");
        assertThat(team.reps()).allMatch(r -> r.member().departments().contains(TeamDataset.FIRST_STORE));
    }

    @Test
    void drillingShowsTheRepsEntriesBehindTheFigureAndTheChainStatus() throws Exception {
        session.signIn(LEAD);
        team.activate();
        RepFigures rep = team.reps().get(0);
        drill.open(rep.member(), DrillMetric.TASKS_SKIPPED, team.shownRange());

        assertThat(drill.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.action()).isEqualTo(Actions.TASK_SKIPPED);
            assertThat(row.memberUserid()).isEqualTo(rep.member().userid());
        });
        assertThat(drill.rows().size()).isEqualTo((int) rep.figures().tasks().skipped());
        assertThat(drill.titleProperty().get()).startsWith(rep.member().name() + " · 跳过");
        assertThat(drill.chainStatusProperty().get()).startsWith("✔ 日志完整");
        assertThat(drill.rows()).allSatisfy(row -> assertThat(row.contactPhone()).matches("139\\*\\*\\*\\*\\d{4}"));
        assertThat(drill.actionLabel(Actions.TASK_SKIPPED)).isEqualTo("跳过任务");
    }

    @Test
    void aTamperedLogMarksEntriesFromTheBrokenOneOn() throws Exception {
        session.signIn(LEAD);
        team.activate();
        db.close();
        try (LogTamper t = new LogTamper(dir.resolve("w.db"))) {
            t.edit(100);
        }
        db = Database.open(dir.resolve("w.db"));
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        AuditModule audit = new AuditModule(db, clock, new JdbcActivityLog(db, clock),
                new OrderSalesAttribution(new JdbcOrderStats(db)));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        drill = new LogDrillViewModel(audit.logs(), new TableExporter(audit.exports(), session::actor, executor,
                dialogs, messages), session, executor, messages, ZONE);

        drill.verifyChain();
        assertThat(drill.chainBrokenProperty().get()).isTrue();
        assertThat(drill.chainStatusProperty().get()).isEqualTo("✖ 日志被篡改：第 100 条被修改，其后的记录不可信");
        drill.open(team.reps().get(0).member(), DrillMetric.ALL, team.shownRange());
        assertThat(drill.rows()).anyMatch(drill::untrusted);
        assertThat(drill.rows()).filteredOn(r -> r.seq() < 100).noneMatch(drill::untrusted);
    }

    @Test
    void exportingWritesWhatTheTableShowsToTheChosenFile() throws Exception {
        session.signIn(LEAD);
        team.activate();
        dialogs.answerFileToSave(dir.resolve("reps"));
        team.export("team.reps", "audit.tab.reps", team.repColumns(), team.reps(), ExportFormat.CSV);

        Path written = dir.resolve("reps.csv");
        assertThat(dialogs.suggestedFileNames()).singleElement().asString()
                .isEqualTo("团队-导购明细-" + TODAY.minusDays(29) + "~" + TODAY + ".csv");
        String text = Files.readString(written, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF导购,门店,手机,应完成");
        assertThat(text).contains(data.reps.get(0).name(), "上海徐汇店", "138****");
        assertThat(text).doesNotContain(data.reps.get(0).mobile());
        assertThat(dialogs.notices()).singleElement().asString().startsWith("已导出 " + data.reps.size() + " 行");
    }
}
