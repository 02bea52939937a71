package com.siyu.workbench.audit;

import java.util.List;
import java.util.Map;

/** Per-rep aggregates as SQL returns them (keyed by userid); {@link TeamDashboardService} adds them up. */
public record RepAggregates(Map<String, UnitFigures.Tasks> tasks, Map<String, List<DailyCompletion>> days,
                            Map<String, List<SkipReasonCount>> skipReasons, Map<String, List<ContentUsage>> content,
                            Map<String, UnitFigures.MessageTasks> messages, Map<String, UnitFigures.Behavior> behavior,
                            Map<String, UnitFigures.Retention> retention, Map<String, List<WeeklyRetention>> weeks,
                            Map<String, Long> logEntries) {
}
