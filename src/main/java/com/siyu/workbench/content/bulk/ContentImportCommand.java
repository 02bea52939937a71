package com.siyu.workbench.content.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.members.AccessDeniedException;
import com.siyu.workbench.store.DatabaseOpenException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code content import --file FILE --db FILE [--dry-run] [--as USERID]}: imports into review (SUBMITTED), all or
 * nothing. Prints the rows with errors as JSON lines, then one summary line. Exit 0 imported (or dry run clean),
 * 1 refused because of row errors, 2 unreadable file or database.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "导入内容（CSV 或 JSON）：逐行校验，有任何错误就整个文件不导入；导入的内容进入审核队列。")
public final class ContentImportCommand implements Callable<Integer> {
    @Option(names = "--file", required = true, description = "要导入的 CSV 或 JSON 文件（UTF-8）")
    private Path file;

    @Option(names = "--db", required = true, description = "工作台数据库文件（workbench.db）")
    private Path db;

    @Option(names = "--dry-run", description = "只校验，不写入")
    private boolean dryRun;

    @Option(names = "--as", description = "以哪位成员（userid）的身份导入；默认“命令行”内容编辑")
    private String as;

    @Override
    public Integer call() {
        CliOutput out = new CliOutput();
        try (CliWorkbench wb = new CliWorkbench(db)) {
            ImportReport report = wb.content.importer().importFile(wb.actor(as), file, dryRun);
            report.errorRows().forEach(row -> System.out.println(out.row(row)));
            ObjectNode summary = CliOutput.object();
            summary.put("imported", report.applied());
            summary.put("dryRun", dryRun);
            summary.put("created", report.created());
            summary.put("newVersions", report.newVersions());
            summary.put("unchanged", report.unchanged());
            summary.put("errorRows", report.errorRows().size());
            System.out.println(CliOutput.write(summary));
            if (report.hasErrors()) {
                System.err.println("有 " + report.errorRows().size() + " 行存在错误，整个文件没有导入，数据库未改动。");
                return 1;
            }
            return 0;
        } catch (ImportFileException e) {
            System.err.println(out.text(e.text()) + " 数据库未改动。");
            return 2;
        } catch (DatabaseOpenException e) {
            System.err.println("无法打开数据库 " + db + "：" + e.getMessage());
            return 2;
        } catch (AccessDeniedException e) {
            System.err.println("成员 " + as + " 没有编辑内容的权限。");
            return 2;
        }
    }
}
