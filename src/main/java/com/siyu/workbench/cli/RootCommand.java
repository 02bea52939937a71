package com.siyu.workbench.cli;

import com.siyu.workbench.app.GuiOptions;
import com.siyu.workbench.app.WorkbenchApp;
import com.siyu.workbench.contacts.ContactsCommand;
import com.siyu.workbench.audit.AuditCommand;
import com.siyu.workbench.content.bulk.ContentCommand;
import com.siyu.workbench.queue.QueueCommand;
import com.siyu.workbench.sandbox.SandboxCommand;
import com.siyu.workbench.sync.SyncCommand;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code siyu-workbench} without a subcommand opens the desktop workbench; the subcommands run headless.
 * Each feature keeps its subcommand class in its own package and is listed here.
 */
@Command(name = "siyu-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"私域工作台 Siyu Workbench：企业微信私域运营桌面工作台。",
                "不带子命令时启动桌面程序（首次运行使用内置企业微信沙箱和演示数据）。"},
        subcommands = {SandboxCommand.class, ContentCommand.class, AuditCommand.class, SyncCommand.class,
                QueueCommand.class, ContactsCommand.class})
public final class RootCommand implements Callable<Integer> {
    @Mixin
    private GuiOptions gui;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    private static final Set<String> HELP_AND_VERSION = Set.of("-h", "--help", "-V", "--version");

    /**
     * True when {@code args} only start the desktop app (no subcommand, no help or version, options valid). Then
     * {@link com.siyu.workbench.Main} launches it without building this whole command tree first: picocli would
     * instantiate every subcommand, which cost the desktop's start-up a few hundred milliseconds.
     */
    public static boolean opensDesktop(String[] args) {
        Set<String> commands = new HashSet<>(HELP_AND_VERSION);
        for (Class<?> sub : RootCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            commands.add(command.name());
            commands.addAll(Arrays.asList(command.aliases()));
        }
        if (Arrays.stream(args).anyMatch(commands::contains)) {
            return false;
        }
        try {
            new CommandLine(new GuiOptions()).parseArgs(args);
            return true;
        } catch (ParameterException invalid) {
            return false;
        }
    }

    @Override
    public Integer call() {
        Application.launch(WorkbenchApp.class, spec.commandLine().getParseResult().originalArgs()
                .toArray(String[]::new));
        return 0;
    }
}
