package com.siyu.workbench.sync;

import java.time.Duration;

/**
 * Where a run is: the step, relations done out of the expected total (0 = not known yet), remote pages read, time
 * spent, and the estimated time left (null until there is enough to go on).
 */
public record SyncProgress(String step, long done, long total, int pages, Duration elapsed, Duration remaining) {
}
