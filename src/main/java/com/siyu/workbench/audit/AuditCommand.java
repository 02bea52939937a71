package com.siyu.workbench.audit;

import com.siyu.workbench.cli.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code siyu-workbench audit …}: headless checks of the activity log. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "操作日志审计（Activity log audit）。",
        subcommands = {VerifyLogCommand.class})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: say which ones exist. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
