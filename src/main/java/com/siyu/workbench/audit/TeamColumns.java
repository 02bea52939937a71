package com.siyu.workbench.audit;

import static com.siyu.workbench.audit.ExportColumn.Kind.DECIMAL;
import static com.siyu.workbench.audit.ExportColumn.Kind.INTEGER;
import static com.siyu.workbench.audit.ExportColumn.Kind.MONEY;
import static com.siyu.workbench.audit.ExportColumn.Kind.PERCENT;
import static com.siyu.workbench.audit.ExportColumn.Kind.PHONE;
import static com.siyu.workbench.audit.ExportColumn.Kind.TEXT;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of every table on the 团队 screen (and in its exports). */
public final class TeamColumns {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TeamColumns() {
    }

    public static List<ColumnSpec<RepFigures>> reps(IntFunction<String> departmentName) {
        return List.of(
                ColumnSpec.<RepFigures>of("audit.col.rep", TEXT, r -> r.member().name()),
                ColumnSpec.<RepFigures>of("audit.col.store", TEXT, r -> r.member().departments().stream()
                        .map(departmentName::apply).collect(Collectors.joining("、"))),
                ColumnSpec.<RepFigures>of("audit.col.mobile", PHONE, r -> r.member().mobile()),
                ColumnSpec.<RepFigures>of("audit.col.due", INTEGER, r -> r.figures().tasks().due())
                        .drillsInto(DrillMetric.TASKS_DUE),
                ColumnSpec.<RepFigures>of("audit.col.done", INTEGER, r -> r.figures().tasks().done())
                        .drillsInto(DrillMetric.TASKS_DONE),
                ColumnSpec.<RepFigures>of("audit.col.completion", PERCENT, r -> r.figures().tasks().completionRate())
                        .drillsInto(DrillMetric.TASKS_DONE),
                ColumnSpec.<RepFigures>of("audit.col.skipped", INTEGER, r -> r.figures().tasks().skipped())
                        .drillsInto(DrillMetric.TASKS_SKIPPED),
                ColumnSpec.<RepFigures>of("audit.col.overdue", INTEGER, r -> r.figures().tasks().overdue())
                        .drillsInto(DrillMetric.TASKS_OVERDUE),
                ColumnSpec.<RepFigures>of("audit.col.firstTouchHours", DECIMAL, r -> hours(r.figures()))
                        .drillsInto(DrillMetric.FIRST_TOUCH),
                ColumnSpec.<RepFigures>of("audit.col.untouched", INTEGER, r -> r.figures().firstTouch().untouched())
                        .drillsInto(DrillMetric.FIRST_TOUCH),
                ColumnSpec.<RepFigures>of("audit.col.gained", INTEGER, r -> r.figures().retention().gained())
                        .drillsInto(DrillMetric.CONTACTS),
                ColumnSpec.<RepFigures>of("audit.col.lost", INTEGER, r -> r.figures().retention().lost())
                        .drillsInto(DrillMetric.CONTACTS),
                ColumnSpec.<RepFigures>of("audit.col.retention", PERCENT, r -> r.figures().retention().retentionRate())
                        .drillsInto(DrillMetric.CONTACTS),
                ColumnSpec.<RepFigures>of("audit.col.msgCreated", INTEGER, r -> r.figures().messages().created())
                        .drillsInto(DrillMetric.MESSAGE_TASKS),
                ColumnSpec.<RepFigures>of("audit.col.msgSent", INTEGER, r -> r.figures().messages().sent())
                        .drillsInto(DrillMetric.MESSAGE_TASKS),
                ColumnSpec.<RepFigures>of("audit.col.orders", INTEGER, r -> r.figures().sales().orders())
                        .drillsInto(DrillMetric.CONTACTS),
                ColumnSpec.<RepFigures>of("audit.col.sales", MONEY, r -> r.figures().sales().amountYuan())
                        .drillsInto(DrillMetric.CONTACTS),
                ColumnSpec.<RepFigures>of("audit.col.contentUses", INTEGER,
                        r -> r.figures().content().tasks() + r.figures().content().sends())
                        .drillsInto(DrillMetric.CONTENT),
                ColumnSpec.<RepFigures>of("audit.col.logEntries", INTEGER, r -> r.figures().logEntries())
                        .drillsInto(DrillMetric.ALL));
    }

    /** WeCom 联系客户统计 per rep, with WeCom's own field names in the headers' tooltips. */
    public static List<ColumnSpec<RepFigures>> behavior() {
        return List.of(
                ColumnSpec.<RepFigures>of("audit.col.rep", TEXT, r -> r.member().name()),
                ColumnSpec.<RepFigures>of("audit.col.chatCnt", INTEGER, r -> r.figures().behavior().chatCnt()),
                ColumnSpec.<RepFigures>of("audit.col.messageCnt", INTEGER, r -> r.figures().behavior().messageCnt()),
                ColumnSpec.<RepFigures>of("audit.col.replyPercentage", DECIMAL,
                        r -> r.figures().behavior().replyPercentage()),
                ColumnSpec.<RepFigures>of("audit.col.avgReplyTime", DECIMAL, r -> r.figures().behavior().avgReplyTime()),
                ColumnSpec.<RepFigures>of("audit.col.newApplyCnt", INTEGER, r -> r.figures().behavior().newApplyCnt()),
                ColumnSpec.<RepFigures>of("audit.col.newContactCnt", INTEGER,
                        r -> r.figures().behavior().newContactCnt()),
                ColumnSpec.<RepFigures>of("audit.col.negativeFeedbackCnt", INTEGER,
                        r -> r.figures().behavior().negativeFeedbackCnt()),
                ColumnSpec.<RepFigures>of("audit.col.behaviorDays", INTEGER, r -> r.figures().behavior().days()))
                .stream().map(c -> c.drillsInto(DrillMetric.ALL)).toList();
    }

    public static List<ColumnSpec<StoreFigures>> stores() {
        return List.of(
                ColumnSpec.<StoreFigures>of("audit.col.store", TEXT, StoreFigures::name),
                ColumnSpec.<StoreFigures>of("audit.col.reps", INTEGER, s -> (long) s.reps()),
                ColumnSpec.<StoreFigures>of("audit.col.due", INTEGER, s -> s.figures().tasks().due()),
                ColumnSpec.<StoreFigures>of("audit.col.done", INTEGER, s -> s.figures().tasks().done()),
                ColumnSpec.<StoreFigures>of("audit.col.completion", PERCENT, s -> s.figures().tasks().completionRate()),
                ColumnSpec.<StoreFigures>of("audit.col.skipped", INTEGER, s -> s.figures().tasks().skipped()),
                ColumnSpec.<StoreFigures>of("audit.col.overdue", INTEGER, s -> s.figures().tasks().overdue()),
                ColumnSpec.<StoreFigures>of("audit.col.firstTouchHours", DECIMAL, s -> hours(s.figures())),
                ColumnSpec.<StoreFigures>of("audit.col.gained", INTEGER, s -> s.figures().retention().gained()),
                ColumnSpec.<StoreFigures>of("audit.col.lost", INTEGER, s -> s.figures().retention().lost()),
                ColumnSpec.<StoreFigures>of("audit.col.retention", PERCENT,
                        s -> s.figures().retention().retentionRate()),
                ColumnSpec.<StoreFigures>of("audit.col.msgCreated", INTEGER, s -> s.figures().messages().created()),
                ColumnSpec.<StoreFigures>of("audit.col.msgSent", INTEGER, s -> s.figures().messages().sent()),
                ColumnSpec.<StoreFigures>of("audit.col.orders", INTEGER, s -> s.figures().sales().orders()),
                ColumnSpec.<StoreFigures>of("audit.col.sales", MONEY, s -> s.figures().sales().amountYuan()),
                ColumnSpec.<StoreFigures>of("audit.col.chatCnt", INTEGER, s -> s.figures().behavior().chatCnt()),
                ColumnSpec.<StoreFigures>of("audit.col.replyPercentage", DECIMAL,
                        s -> s.figures().behavior().replyPercentage()));
    }

    public static List<ColumnSpec<SkipReasonCount>> skipReasons(String noReason) {
        return List.of(
                ColumnSpec.<SkipReasonCount>of("audit.col.reason", TEXT,
                        r -> r.reason().isEmpty() ? noReason : r.reason()).width(220),
                ColumnSpec.<SkipReasonCount>of("audit.col.count", INTEGER, SkipReasonCount::count));
    }

    public static List<ColumnSpec<ContentUsage>> content(Function<String, String> typeLabel) {
        return List.of(
                ColumnSpec.<ContentUsage>of("audit.col.content", TEXT,
                        c -> c.name() == null ? c.contentId() : c.name()).width(180),
                ColumnSpec.<ContentUsage>of("audit.col.contentType", TEXT,
                        c -> c.type() == null ? null : typeLabel.apply(c.type())),
                ColumnSpec.<ContentUsage>of("audit.col.contentTasks", INTEGER, ContentUsage::tasks),
                ColumnSpec.<ContentUsage>of("audit.col.contentSends", INTEGER, ContentUsage::sends),
                ColumnSpec.<ContentUsage>of("audit.col.contentUses", INTEGER, ContentUsage::uses));
    }

    /** {@code detailLabel} turns a details key into its label with separator ({@code reason} → {@code 原因：}). */
    public static List<ColumnSpec<LogRow>> log(Function<String, String> actionLabel, Function<String, String> detailLabel,
                                               ZoneId zone) {
        return List.of(
                ColumnSpec.<LogRow>of("audit.col.seq", INTEGER, LogRow::seq),
                ColumnSpec.<LogRow>of("audit.col.time", TEXT, r -> WHEN.format(r.at().atZone(zone))).width(172),
                ColumnSpec.<LogRow>of("audit.col.action", TEXT, r -> actionLabel.apply(r.action())),
                ColumnSpec.<LogRow>of("audit.col.contact", TEXT,
                        r -> r.contactName() != null ? r.contactName() : r.externalUserid()),
                ColumnSpec.<LogRow>of("audit.col.contactPhone", PHONE, LogRow::contactPhone),
                ColumnSpec.<LogRow>of("audit.col.contentName", TEXT,
                        r -> r.contentName() != null ? r.contentName() : r.contentId()).width(130),
                ColumnSpec.<LogRow>of("audit.col.details", TEXT, r -> LogDetails.readable(r.detailsJson(), detailLabel)).width(200),
                ColumnSpec.<LogRow>of("audit.col.task", TEXT, LogRow::taskId));
    }

    private static Double hours(UnitFigures figures) {
        Double minutes = figures.firstTouch().medianMinutes();
        return minutes == null ? null : minutes / 60.0;
    }
}
