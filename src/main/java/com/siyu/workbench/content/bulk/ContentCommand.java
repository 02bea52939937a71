package com.siyu.workbench.content.bulk;

import picocli.CommandLine.Command;

/** {@code siyu-workbench content …}: check, import and export content files without the GUI. */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = {"内容库：检查、导入、导出剧本 / 欢迎语 / 群邀请话术（CSV 或 JSON，UTF-8）。"},
        subcommands = {ContentLintCommand.class, ContentImportCommand.class, ContentExportCommand.class})
public final class ContentCommand implements Runnable {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
