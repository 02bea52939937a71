package com.siyu.workbench.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/** The SQL aggregates behind the team dashboard, over the shared tables (tasks, follows, touches, log, WeCom data). */
public interface DashboardRepository {
    /** Additive figures per rep for {@code userids}; {@code today} decides what is overdue. */
    RepAggregates repAggregates(Collection<String> userids, DateRange range, LocalDate today, ZoneId zone);

    /** Median time to first touch per group (group key → its reps' userids), computed by SQL per group. */
    Map<String, UnitFigures.FirstTouch> firstTouch(Map<String, ? extends Collection<String>> groups, DateRange range,
                                                   ZoneId zone);
}
