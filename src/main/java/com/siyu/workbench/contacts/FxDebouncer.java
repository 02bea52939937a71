package com.siyu.workbench.contacts;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread: each request restarts a short pause; the last one runs when it ends. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;

    public FxDebouncer(Duration delay) {
        this.pause = new PauseTransition(delay);
    }

    @Override
    public void schedule(Runnable action) {
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }
}
