package com.siyu.workbench.roles;

import static com.siyu.workbench.roles.RolesFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.audit.ColumnSpec;
import com.siyu.workbench.audit.DateRange;
import com.siyu.workbench.audit.ExportFormat;
import com.siyu.workbench.audit.ExportTable;
import com.siyu.workbench.audit.LogQuery;
import com.siyu.workbench.audit.LogRow;
import com.siyu.workbench.audit.RepFigures;
import com.siyu.workbench.audit.TableExporter;
import com.siyu.workbench.audit.TeamColumns;
import com.siyu.workbench.audit.TeamDashboard;
import com.siyu.workbench.contacts.ContactFilter;
import com.siyu.workbench.contacts.ContactProfile;
import com.siyu.workbench.contacts.ContactSort;
import com.siyu.workbench.contacts.FollowInfo;
import com.siyu.workbench.contacts.orders.UnmatchedOrder;
import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.queue.QueueDay;
import com.siyu.workbench.store.Sql;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phone numbers reach roles without SEE_FULL_PHONE (lead, reviewer, admin) only as 138****5678, on every surface
 * that shows one: contact list and search, profile, unmatched orders, the team dashboard, its log drill-down, and
 * the CSV/XLSX exports of those tables. Guides (who call their customers) see their own customers' numbers in full.
 */
class PhoneMaskingTest {
    static final DateRange WEEK = DateRange.lastDays(LocalDate.of(2026, 11, 23), 7);

    @TempDir
    Path dir;
    Workbench workbench;

    @BeforeEach
    void open() throws Exception {
        workbench = RolesFixture.open(dir);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private static void noFullPhoneIn(Object shown) {
        assertThat(String.valueOf(shown)).doesNotContain(OWN_PHONE, COLLEAGUE_PHONE, FAR_PHONE, GUIDE_MOBILE);
    }

    @Test
    void theContactListAndSearchResultsCarryNoFullPhoneForALead() {
        var page = workbench.contacts().service().search(LEAD, ContactFilter.ALL, ContactSort.ADDED_NEWEST, 0, 50);
        assertThat(page.rows()).hasSize(2);
        noFullPhoneIn(page);
        var byPhone = workbench.contacts().service().search(LEAD, ContactFilter.text(OWN_PHONE),
                ContactSort.ADDED_NEWEST, 0, 50);
        assertThat(byPhone.rows()).hasSize(1);
        noFullPhoneIn(byPhone);
    }

    @Test
    void theProfileMasksPhonesForALeadAndShowsThemToTheGuideWhoseCustomerItIs() {
        ContactProfile forLead = workbench.contacts().service().profile(LEAD, OWN_CONTACT);
        assertThat(forLead.follows()).flatExtracting(FollowInfo::phones).containsExactly(OWN_PHONE_MASKED);
        noFullPhoneIn(forLead);
        ContactProfile forGuide = workbench.contacts().service().profile(GUIDE, OWN_CONTACT);
        assertThat(forGuide.follows()).flatExtracting(FollowInfo::phones).containsExactly(OWN_PHONE);
    }

    @Test
    void unmatchedOrdersShowTheBuyerPhoneMaskedToALead() {
        workbench.db().write(c -> Sql.update(c, "INSERT INTO orders (order_id, source, ordered_at, amount_cents,"
                + " buyer_phone, imported_at) VALUES ('o-1', 'shop.csv', ?, 19900, '13600009999', ?)",
                Instant.parse("2026-11-22T03:00:00Z"), Instant.parse("2026-11-23T00:00:00Z")));
        List<UnmatchedOrder> forLead = workbench.contacts().orderMatching().unmatched(LEAD, 10);
        assertThat(forLead).extracting(UnmatchedOrder::phone).containsExactly("136****9999");
        List<UnmatchedOrder> forAdmin = workbench.contacts().orderMatching().unmatched(ADMIN, 10);
        assertThat(forAdmin).extracting(UnmatchedOrder::phone).containsExactly("136****9999");
    }

    @Test
    void theQueuesTaskCardShowsNoPhoneAtAll() {
        RolesFixture.taskOf(workbench, GUIDE);
        QueueDay day = workbench.queue().days().read(GUIDE, LocalDate.of(2026, 11, 23));
        assertThat(day.toString()).contains(OWN_CONTACT);
        noFullPhoneIn(day);
        assertThat(day.toString()).doesNotContain(OWN_PHONE_MASKED);
    }

    @Test
    void theTeamDashboardAndItsLogMaskPhonesForALead() {
        workbench.contacts().edits().addNote(GUIDE, OWN_CONTACT, "喜欢面霜");
        TeamDashboard dashboard = workbench.audit().dashboards().load(LEAD, WEEK, null);
        assertThat(dashboard.rep(GUIDE.userid()).orElseThrow().member().mobile()).isEqualTo(GUIDE_MOBILE_MASKED);
        noFullPhoneIn(dashboard);
        List<LogRow> log = workbench.audit().logs().entries(LEAD, new LogQuery(GUIDE.userid(), Set.of(), WEEK)).rows();
        assertThat(log).extracting(LogRow::contactPhone).contains(OWN_PHONE_MASKED);
        noFullPhoneIn(log);
    }

    @Test
    void numbersQuotedInARemarkAreMaskedInTheLeadsLogAndItsExport() throws Exception {
        workbench.contacts().edits().editRemark(GUIDE, OWN_CONTACT, "张姐 " + OWN_PHONE, "新号 " + OWN_PHONE);

        List<LogRow> log = workbench.audit().logs().entries(LEAD, new LogQuery(GUIDE.userid(), Set.of(), WEEK)).rows();

        assertThat(log).extracting(LogRow::contactName).contains("张姐 " + OWN_PHONE_MASKED);
        assertThat(log).extracting(LogRow::detailsJson).anySatisfy(d -> assertThat(d).contains(OWN_PHONE_MASKED));
        noFullPhoneIn(log);
        List<LogRow> guideOwn = workbench.audit().logs().entries(GUIDE,
                new LogQuery(GUIDE.userid(), Set.of(), WEEK)).rows();
        assertThat(guideOwn).extracting(LogRow::contactName).contains("张姐 " + OWN_PHONE);
    }

    @Test
    void csvAndXlsxExportsOfTheTeamTablesAreMaskedForLeadAndAdmin() throws Exception {
        workbench.contacts().edits().addNote(GUIDE, OWN_CONTACT, "喜欢面霜");
        TeamDashboard dashboard = workbench.audit().dashboards().load(LEAD, WEEK, null);
        List<LogRow> log = workbench.audit().logs().entries(LEAD, new LogQuery(GUIDE.userid(), Set.of(), WEEK)).rows();
        Messages messages = Messages.load(Language.ZH_CN);
        TableExporter screen = new TableExporter(workbench.audit().exports(), () -> LEAD, null, null, messages);
        ExportTable reps = screen.table("team.reps", "导购", TeamColumns.reps(id -> "店"), dashboard.reps());
        List<ColumnSpec<LogRow>> logColumns = TeamColumns.log(a -> a, k -> k, workbench.clock().getZone());
        ExportTable logTable = screen.table("team.log", "日志", logColumns, log);
        // the tables as built carry the dashboard's (already masked) values
        assertThat(reps.rows().toString()).contains(GUIDE_MOBILE_MASKED);
        assertThat(logTable.rows().toString()).contains(OWN_PHONE_MASKED);

        for (Actor who : List.of(LEAD, ADMIN)) {
            for (ExportTable table : List.of(reps, logTable, withFullPhones(reps))) {
                Path csv = dir.resolve(who.userid() + "-" + table.name() + ".csv");
                workbench.audit().exports().export(who, table, ExportFormat.CSV, csv);
                String text = Files.readString(csv, StandardCharsets.UTF_8);
                noFullPhoneIn(text);
                assertThat(text).containsAnyOf(GUIDE_MOBILE_MASKED, OWN_PHONE_MASKED);

                Path xlsx = dir.resolve(who.userid() + "-" + table.name() + ".xlsx");
                workbench.audit().exports().export(who, table, ExportFormat.XLSX, xlsx);
                String cells = xlsxText(xlsx);
                noFullPhoneIn(cells);
                assertThat(cells).containsAnyOf(GUIDE_MOBILE_MASKED, OWN_PHONE_MASKED);
            }
        }
    }

    /** The same table with the raw numbers in its phone column: the export itself must mask them. */
    private static ExportTable withFullPhones(ExportTable reps) {
        int phone = reps.columns().stream().map(c -> c.kind().name()).toList().indexOf("PHONE");
        List<List<Object>> rows = reps.rows().stream().map(r -> {
            List<Object> copy = new java.util.ArrayList<>(r);
            if (GUIDE_MOBILE_MASKED.equals(copy.get(phone))) {
                copy.set(phone, GUIDE_MOBILE);
            }
            return copy;
        }).toList();
        return new ExportTable("team.reps.raw", reps.title(), reps.columns(), rows);
    }

    private static String xlsxText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook book = new ReadableWorkbook(in)) {
            return book.getFirstSheet().read().stream().map(PhoneMaskingTest::rowText)
                    .collect(Collectors.joining("\n"));
        }
    }

    private static String rowText(Row row) {
        StringBuilder text = new StringBuilder();
        row.forEach(cell -> text.append(cell == null ? "" : cell.getText()).append('\t'));
        return text.toString();
    }
}
