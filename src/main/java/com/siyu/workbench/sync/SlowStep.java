package com.siyu.workbench.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * A step for data that changes slowly and costs a call per item (groups, channels): read in full runs, on "sync
 * now", and otherwise once its refresh window has passed.
 */
abstract class SlowStep implements PullStep {
    private final Duration window;

    SlowStep(Duration window) {
        this.window = window;
    }

    @Override
    public boolean due(SyncRequest request, Instant lastCompleted, Instant now) {
        return request.rereadEverything() || lastCompleted == null
                || Duration.between(lastCompleted, now).compareTo(window) >= 0;
    }
}
