package com.siyu.workbench.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time: launches the real app in a fresh JVM with {@code --measure-startup}, which prints
 * {@code {"startupMillis":…,"ready":…}} once the first screen shows its data and exits. The first run uses an empty
 * data folder (first run: embedded sandbox, demo data); the following runs reuse it (a normal morning).
 * With {@code DISPLAY} set it runs on that X server (Xvfb); otherwise on Monocle's headless glass.
 */
public final class StartupBench {
    private static final int RUNS = 5;

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("siyu-startup");
        Stopwatch warm = new Stopwatch();
        for (int run = 0; run < RUNS; run++) {
            long millis = launchOnce(dataDir);
            if (run == 0) {
                System.out.println("{\"bench\":\"startup-first-run\",\"startupMillis\":" + millis + "}");
            } else {
                warm.record(millis * 1_000_000L);
            }
        }
        System.out.println(warm.summary("startup-warm"));
    }

    private static long launchOnce(Path dataDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx1g", "-Dfile.encoding=UTF-8"));
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dtestfx.headless=true"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.siyu.workbench.Main",
                "--data-dir", dataDir.toString(), "--measure-startup"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long millis = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                int at = line.indexOf("\"startupMillis\":");
                if (at >= 0) {
                    millis = Long.parseLong(line.substring(at + 16, line.indexOf(',', at)));
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (millis < 0) {
            throw new IllegalStateException("the app did not report its start-up time (exit " + process.exitValue() + ")");
        }
        return millis;
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
