package com.siyu.workbench.audit;

import java.time.LocalDate;

/** Tasks due and done on one day (the completion trend). */
public record DailyCompletion(LocalDate day, long due, long done) {
    public Double rate() {
        return due == 0 ? null : (double) done / due;
    }

    public DailyCompletion plus(DailyCompletion o) {
        return new DailyCompletion(day, due + o.due, done + o.done);
    }
}
