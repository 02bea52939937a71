package com.siyu.workbench.ui;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Where view-model callbacks run: the FX thread in the app; inline in view-model tests. */
public final class UiThread {
    private UiThread() {
    }

    public static Executor fx() {
        return command -> {
            if (Platform.isFxApplicationThread()) {
                command.run();
            } else {
                Platform.runLater(command);
            }
        };
    }

    public static Executor inline() {
        return Runnable::run;
    }
}
