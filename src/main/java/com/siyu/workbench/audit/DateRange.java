package com.siyu.workbench.audit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** Whole days from {@code from} to {@code to}, both included, in the workbench's zone (Asia/Shanghai). */
public record DateRange(LocalDate from, LocalDate to) {
    /** A lead looks at a quarter or a year, not at a decade: longer ranges are refused. */
    public static final int MAX_DAYS = 366;

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " .. " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("range longer than " + MAX_DAYS + " days: " + from + " .. " + to);
        }
    }

    /** The {@code days} days ending with {@code last}. */
    public static DateRange lastDays(LocalDate last, int days) {
        return new DateRange(last.minusDays(days - 1L), last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The Monday of the week {@code from} falls in: weekly figures count Monday-to-Sunday weeks from there. */
    public LocalDate firstWeekStart() {
        return from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
