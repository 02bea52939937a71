package com.siyu.workbench.app;

import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.ui.DialogService;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nobody else caught: writes it to the log file and shows a readable dialog with a "copy details"
 * button. The app keeps running. While one crash dialog is open, further crashes are only logged, so a failure in a
 * render loop cannot stack up hundreds of dialogs.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CrashReporter.class);

    private final Supplier<DialogService> dialogs;
    private final Supplier<Messages> messages;
    private final Path logFile;
    private final AtomicBoolean showing = new AtomicBoolean();

    public CrashReporter(Supplier<DialogService> dialogs, Supplier<Messages> messages, Path logFile) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.logFile = logFile;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        report(failure);
    }

    public void report(Throwable failure) {
        LOG.error("Unexpected error", failure);
        if (dialogs.get() == null || !showing.compareAndSet(false, true)) {
            return;
        }
        Runnable show = () -> {
            try {
                Messages text = messages.get();
                dialogs.get().showErrorWithDetails(text.get("common.crash.title"),
                        text.get("common.crash.header") + "\n\n" + text.get("common.crash.body", logFile), failure);
            } finally {
                showing.set(false);
            }
        };
        // Always deferred: a modal dialog cannot open during a layout or animation pulse, where many crashes happen.
        Platform.runLater(show);
    }
}
