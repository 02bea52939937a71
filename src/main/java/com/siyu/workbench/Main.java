package com.siyu.workbench;

import com.siyu.workbench.app.WorkbenchApp;
import com.siyu.workbench.cli.RootCommand;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * Entry point of the jar. Deliberately not a JavaFX {@code Application}: a plain main lets the same jar run the
 * headless subcommands without touching the toolkit, and lets JavaFX start from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (RootCommand.opensDesktop(args)) {
            Application.launch(WorkbenchApp.class, args);
            System.exit(0);
        }
        int exitCode = new CommandLine(new RootCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
        System.exit(exitCode);
    }
}
