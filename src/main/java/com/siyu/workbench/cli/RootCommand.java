package com.siyu.workbench.cli;

import com.siyu.workbench.app.GuiOptions;
import com.siyu.workbench.app.WorkbenchApp;
import com.siyu.workbench.contacts.ContactsCommand;
import com.siyu.workbench.audit.AuditCommand;
import com.siyu.workbench.content.bulk.ContentCommand;
import com.siyu.workbench.queue.QueueCommand;
import com.siyu.workbench.sandbox.SandboxCommand;
import com.siyu.workbench.sync.SyncCommand;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
        Application.launch(WorkbenchApp.class, spec.commandLine().getParseResult().originalArgs()
                .toArray(String[]::new));
        return 0;
    }
}
