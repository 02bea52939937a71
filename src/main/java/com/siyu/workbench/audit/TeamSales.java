package com.siyu.workbench.audit;

import java.util.List;

/** The team's 业绩归因 over the dashboard's range: its total, and the same figures per rep and per channel. */
public record TeamSales(AttributedSales total, List<AttributedSales> reps, List<AttributedSales> channels) {
    public static final TeamSales NONE = new TeamSales(AttributedSales.none("", ""), List.of(), List.of());

    public TeamSales {
        reps = List.copyOf(reps);
        channels = List.copyOf(channels);
    }
}
