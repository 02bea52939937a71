package com.siyu.workbench.audit;

import com.siyu.workbench.i18n.Messages;
import java.util.List;
import java.util.Locale;

/** The team's headline figures as tiles, each pointing at the per-rep column that explains it. */
final class TeamKpis {
    /** Below this completion rate the tile is flagged. */
    private static final double LOW_COMPLETION = 0.8;
    /** Above this share of lost contacts among those gained, the retention tile is flagged. */
    private static final double LOW_RETENTION = 0.7;

    private TeamKpis() {
    }

    static List<Kpi> of(TeamDashboard d, Messages m) {
        UnitFigures t = d.team();
        Double completion = t.tasks().completionRate();
        Double retention = t.retention().retentionRate();
        Double confirmed = t.messages().confirmedRate();
        Double medianMinutes = t.firstTouch().medianMinutes();
        String topReason = d.skipReasons().isEmpty() ? m.get("audit.kpi.noSkips")
                : m.get("audit.kpi.topReason", d.skipReasons().get(0).reason().isEmpty()
                        ? m.get("audit.team.noReason") : d.skipReasons().get(0).reason(), d.skipReasons().get(0).count());
        return List.of(
                new Kpi("completion", m.get("audit.kpi.completion"), percent(completion),
                        m.get("audit.kpi.completionDetail", count(t.tasks().done()), count(t.tasks().due())),
                        "audit.col.completion", completion != null && completion < LOW_COMPLETION),
                new Kpi("skipped", m.get("audit.kpi.skipped"), count(t.tasks().skipped()), topReason,
                        "audit.col.skipped", false),
                new Kpi("overdue", m.get("audit.kpi.overdue"), count(t.tasks().overdue()),
                        m.get("audit.kpi.overdueDetail"), "audit.col.overdue", t.tasks().overdue() > 0),
                new Kpi("firstTouch", m.get("audit.kpi.firstTouch"), medianMinutes == null ? CellText.NONE
                        : m.get("audit.kpi.hours", CellText.oneDecimal(medianMinutes / 60.0)),
                        m.get("audit.kpi.firstTouchDetail", count(t.firstTouch().untouched())),
                        "audit.col.firstTouchHours", false),
                new Kpi("retention", m.get("audit.kpi.retention"), percent(retention),
                        m.get("audit.kpi.retentionDetail", count(t.retention().gained()), count(t.retention().lost())),
                        "audit.col.retention", retention != null && retention < LOW_RETENTION),
                new Kpi("messages", m.get("audit.kpi.messages"), percent(confirmed),
                        m.get("audit.kpi.messagesDetail", count(t.messages().sent()), count(t.messages().created())),
                        "audit.col.msgSent", false),
                new Kpi("behavior", m.get("audit.kpi.behavior"),
                        t.behavior().replyPercentage() == null ? CellText.NONE
                                : CellText.oneDecimal(t.behavior().replyPercentage()) + "%",
                        m.get("audit.kpi.behaviorDetail", count(t.behavior().chatCnt()),
                                t.behavior().avgReplyTime() == null ? CellText.NONE
                                        : CellText.oneDecimal(t.behavior().avgReplyTime())),
                        "audit.col.replyPercentage", false));
    }

    private static String percent(Double fraction) {
        return CellText.of(ExportColumn.Kind.PERCENT, fraction);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
