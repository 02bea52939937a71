package com.siyu.workbench.audit;

import java.util.List;

/** One rep's row on the dashboard, with the breakdowns behind it. */
public record RepFigures(TeamMember member, UnitFigures figures, List<DailyCompletion> trend,
                         List<WeeklyRetention> weeks, List<SkipReasonCount> skipReasons, List<ContentUsage> content) {
    public RepFigures {
        trend = List.copyOf(trend);
        weeks = List.copyOf(weeks);
        skipReasons = List.copyOf(skipReasons);
        content = List.copyOf(content);
    }
}
