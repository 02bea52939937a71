package com.siyu.workbench.queue.rules;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalTime;

/**
 * When a rule's first task falls and in which send window. The source articles found the highest open rates
 * around noon and just before the end of the working day, so those are the presets.
 *
 * @param dayOffset days after the trigger's anchor day for the first step
 */
public record Timing(int dayOffset,
                     @JsonFormat(pattern = "HH:mm") LocalTime windowStart,
                     @JsonFormat(pattern = "HH:mm") LocalTime windowEnd) {
    public static final Timing NOON = new Timing(0, LocalTime.of(11, 30), LocalTime.of(13, 30));
    public static final Timing END_OF_DAY = new Timing(0, LocalTime.of(17, 0), LocalTime.of(18, 30));
    public static final Timing ANY_TIME = new Timing(0, null, null);

    public Timing {
        if (windowStart != null && windowEnd != null && windowEnd.isBefore(windowStart)) {
            throw new IllegalArgumentException("send window ends before it starts");
        }
    }

    public Timing withDayOffset(int days) {
        return new Timing(days, windowStart, windowEnd);
    }
}
