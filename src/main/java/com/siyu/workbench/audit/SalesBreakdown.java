package com.siyu.workbench.audit;

import java.util.List;

/**
 * The 业绩归因 section of the dashboard: the team's (or store's) total, every rep in scope (best revenue first) and
 * every channel that brought the customers of those reps.
 */
public record SalesBreakdown(AttributedSales total, List<RepSales> reps, List<AttributedSales> channels) {
    public static final SalesBreakdown NONE = new SalesBreakdown(AttributedSales.none("", ""), List.of(), List.of());

    public SalesBreakdown {
        reps = List.copyOf(reps);
        channels = List.copyOf(channels);
    }
}
