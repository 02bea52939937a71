package com.siyu.workbench.queue.today;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** The snooze choices offered with one key each; the times follow the send windows (noon, before the day ends). */
public enum SnoozeOption {
    IN_AN_HOUR, AFTER_NOON, END_OF_DAY, TOMORROW_MORNING, NEXT_MONDAY;

    public String labelKey() {
        return "queue.today.snooze." + name();
    }

    /** When the task comes back; null when the option makes no sense at {@code now} (17:00 when it is 18:00). */
    public Instant until(Instant now, ZoneId zone) {
        ZonedDateTime here = now.atZone(zone);
        ZonedDateTime at = switch (this) {
            case IN_AN_HOUR -> here.plus(Duration.ofHours(1));
            case AFTER_NOON -> here.with(LocalTime.of(11, 30));
            case END_OF_DAY -> here.with(LocalTime.of(17, 0));
            case TOMORROW_MORNING -> here.plusDays(1).with(LocalTime.of(9, 0));
            case NEXT_MONDAY -> here.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(LocalTime.of(9, 0));
        };
        return at.toInstant().isAfter(now) ? at.toInstant() : null;
    }
}
