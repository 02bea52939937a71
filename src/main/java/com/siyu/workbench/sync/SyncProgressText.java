package com.siyu.workbench.sync;

import com.siyu.workbench.i18n.Language;
import com.siyu.workbench.i18n.Messages;
import java.time.Duration;
import java.util.function.Supplier;

/** The status bar's progress line, in the language the person chose (looked up when it changes). */
final class SyncProgressText {
    private final Supplier<Language> language;
    private Messages messages;

    SyncProgressText(Supplier<Language> language) {
        this.language = language;
    }

    String starting() {
        return messages().get("sync.progress.starting");
    }

    String unexpected() {
        return messages().get("sync.run.unexpected", "");
    }

    String of(SyncProgress p) {
        Messages m = messages();
        String step = m.get("sync.step." + p.step());
        if (p.total() <= 0) {
            return m.get("sync.progress.indeterminate", step, p.pages());
        }
        String left = p.remaining() == null ? m.get("sync.progress.estimating") : duration(m, p.remaining());
        return m.get("sync.progress.counted", step, p.done(), p.total(), p.pages(), left);
    }

    private static String duration(Messages m, Duration d) {
        long seconds = Math.max(1, d.toSeconds());
        return seconds < 60 ? m.get("sync.progress.seconds", seconds)
                : m.get("sync.progress.minutes", (seconds + 59) / 60);
    }

    private synchronized Messages messages() {
        Language now = language.get();
        if (messages == null || messages.language() != now) {
            messages = Messages.load(now);
        }
        return messages;
    }
}
