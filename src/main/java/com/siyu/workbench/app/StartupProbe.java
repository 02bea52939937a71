package com.siyu.workbench.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
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
    private final Map<String, Long> phases = new LinkedHashMap<>();

    public StartupProbe(boolean exitAfter, PrintStream out, Runnable exit) {
        this.exitAfter = exitAfter;
        this.out = out;
        this.exit = exit;
    }

    /** Notes when a phase of start-up ended, so a slow start can be told apart (printed with the total). */
    public synchronized void mark(String phase) {
        phases.putIfAbsent(phase, sinceJvmStart());
    }

    /** Called by the first screen once its data is on screen; only the first call counts. */
    public void ready(String what) {
        if (!reported.compareAndSet(false, true)) {
            return;
        }
        long millis = sinceJvmStart();
        String marks;
        synchronized (this) {
            marks = phases.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
        LOG.info("Start-up: {} ready {} ms after JVM start; phases {}", what, millis, marks);
        if (exitAfter) {
            out.println("{\"startupMillis\":" + millis + ",\"ready\":\"" + what + "\",\"phases\":" + marks + "}");
            out.flush();
            exit.run();
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
