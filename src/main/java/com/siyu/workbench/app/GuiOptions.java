package com.siyu.workbench.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the desktop app (the root command without a subcommand). */
public final class GuiOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "数据目录（本地 SQLite 数据库、日志、密钥）。默认取环境变量 SIYU_DATA_DIR，否则为系统的用户数据目录。")
    Path dataDir;

    @Option(names = "--measure-startup", hidden = true,
            description = "Print the start-up time as JSON once the first screen shows its data, then exit.")
    boolean measureStartup;

    public Path dataDir() {
        return dataDir;
    }

    public boolean measureStartup() {
        return measureStartup;
    }
}
