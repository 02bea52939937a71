package com.siyu.workbench.app;

import com.siyu.workbench.sandbox.AdvanceRequest;
import com.siyu.workbench.sandbox.AdvanceSummary;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.settings.AppSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the built-in demo corp alive from day to day: its dataset is fixed when first generated, so on each new day
 * the app is opened some customers arrive (two per rep), a few delete their rep, and stages and remarks change —
 * the morning queue then has real new work, as it would in a real store. The sandbox journals the change, so it
 * happens once per day, not once per start.
 */
final class DemoCorp {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCorp.class);

    private DemoCorp() {
    }

    static Optional<AdvanceSummary> liveOn(SandboxServer sandbox, AppSettings settings, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> last = settings.demoDay();
        settings.setDemoDay(today);
        if (last.isEmpty() || !last.get().isBefore(today)) {
            return Optional.empty();
        }
        int reps = Math.max(1, sandbox.model().org().followUsers().size());
        AdvanceSummary summary = sandbox.advance(new AdvanceRequest(0, reps * 2, reps / 3 + 1, reps, reps / 2));
        LOG.info("Demo corp, new day {}: {} new customers, {} lost", today, summary.newContacts().size(),
                summary.lostContacts().size());
        return Optional.of(summary);
    }
}
