package com.siyu.workbench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workbench keeps its files. The data folder comes from {@code --data-dir}, else the {@code SIYU_DATA_DIR}
 * environment variable, else the platform's per-user application-data folder.
 */
public record AppPaths(Path dataDir) {
    public static final String ENV_DATA_DIR = "SIYU_DATA_DIR";
    static final String APP_FOLDER = "SiyuWorkbench";

    public static AppPaths resolve(Path cliDataDir, Map<String, String> env, String osName, String userHome) {
        if (cliDataDir != null) {
            return new AppPaths(cliDataDir.toAbsolutePath());
        }
        String fromEnv = env.get(ENV_DATA_DIR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new AppPaths(Path.of(fromEnv).toAbsolutePath());
        }
        return new AppPaths(platformDefault(env, osName, userHome));
    }

    public static AppPaths resolve(Path cliDataDir) {
        return resolve(cliDataDir, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    private static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : userHome, APP_FOLDER);
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(userHome, ".local", "share").toString(),
                "siyu-workbench");
    }

    public Path database() {
        return dataDir.resolve("workbench.db");
    }

    public Path vaultKey() {
        return dataDir.resolve("vault.key");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path instanceLock() {
        return dataDir.resolve(".lock");
    }

    /** The embedded sandbox's state, so a demo user's pushed changes survive a restart. */
    public Path sandboxState() {
        return dataDir.resolve("sandbox-state.json");
    }
}
