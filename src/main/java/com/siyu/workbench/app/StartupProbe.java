package com.siyu.workbench.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the time from JVM start to the first screen showing its data. Always logged; with
 * {@code --measure-startup} also printed as one JSON line and the app exits, which is how the benchmark harness
 * reads it.
 */
public final class StartupProbe {
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    private final boolean exitAfter;
    private final PrintStream out;
    private final Runnable exit;
    private final AtomicBoolean reported = new AtomicBoolean();

    public StartupProbe(boolean exitAfter, PrintStream out, Runnable exit) {
        this.exitAfter = exitAfter;
        this.out = out;
        this.exit = exit;
    }

    /** Called by the first screen once its data is on screen; only the first call counts. */
    public void ready(String what) {
        if (!reported.compareAndSet(false, true)) {
            return;
        }
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("Start-up: {} ready {} ms after JVM start", what, millis);
        if (exitAfter) {
            out.println("{\"startupMillis\":" + millis + ",\"ready\":\"" + what + "\"}");
            out.flush();
            exit.run();
        }
    }
}
