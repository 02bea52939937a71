package com.siyu.workbench.queue;

import java.util.List;

/**
 * The end-of-day summary: what was done today (sent or done), skipped, what is still open from today or before and
 * so carries over to tomorrow, what the daily receipt cap moved to a later day without it ever being in today's
 * list, and the customers the member touched today (by name).
 */
public record DaySummary(int sent, int done, int skipped, int carriedOver, int movedByCap,
                         List<String> customersTouched) {
    public DaySummary {
        customersTouched = List.copyOf(customersTouched);
    }
}
