package com.siyu.workbench.audit;

import java.time.LocalDate;

/** Contacts gained and lost in one Monday-to-Sunday week (only the days inside the range count). */
public record WeeklyRetention(LocalDate weekStart, long gained, long lost) {
    public WeeklyRetention plus(WeeklyRetention o) {
        return new WeeklyRetention(weekStart, gained + o.gained, lost + o.lost);
    }
}
