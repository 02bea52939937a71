package com.siyu.workbench.contacts.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A half-open time range [from, to) for sales figures. */
public record Period(Instant from, Instant to) {
    public Period {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
    }

    /** Whole days from {@code first} to {@code last} inclusive, in {@code zone}. */
    public static Period days(LocalDate first, LocalDate last, ZoneId zone) {
        return new Period(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
