package com.siyu.workbench;

import com.siyu.workbench.cli.RootCommand;
import picocli.CommandLine;

/**
 * Entry point of the jar. Deliberately not a JavaFX {@code Application}: a plain main lets the same jar run the
 * headless subcommands without touching the toolkit, and lets JavaFX start from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = new CommandLine(new RootCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
        System.exit(exitCode);
    }
}
