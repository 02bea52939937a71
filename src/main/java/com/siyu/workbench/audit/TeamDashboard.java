package com.siyu.workbench.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the 团队 screen shows for one range: the team, its stores, its reps, the breakdowns, and the sales
 * credited to the reps and channels (业绩归因).
 */
public record TeamDashboard(DateRange range, LocalDate today, TeamScope scope, UnitFigures team,
                            List<StoreFigures> stores, List<RepFigures> reps, List<DailyCompletion> trend,
                            List<WeeklyRetention> weeks, List<SkipReasonCount> skipReasons,
                            List<ContentUsage> content, SalesBreakdown sales) {
    public TeamDashboard {
        stores = List.copyOf(stores);
        reps = List.copyOf(reps);
        trend = List.copyOf(trend);
        weeks = List.copyOf(weeks);
        skipReasons = List.copyOf(skipReasons);
        content = List.copyOf(content);
    }

    public Optional<RepFigures> rep(String userid) {
        return reps.stream().filter(r -> r.member().userid().equals(userid)).findFirst();
    }
}
