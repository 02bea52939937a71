package com.siyu.workbench.queue;

import java.util.List;

/**
 * The end-of-day summary: what was done (sent or done), skipped, what carries over to tomorrow, and the customers
 * the member touched today (by name).
 */
public record DaySummary(int sent, int done, int skipped, int carriedOver, List<String> customersTouched) {
    public DaySummary {
        customersTouched = List.copyOf(customersTouched);
    }
}
