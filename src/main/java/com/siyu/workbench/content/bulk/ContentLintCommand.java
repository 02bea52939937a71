package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.lint.ContentLinter;
import com.siyu.workbench.store.DatabaseOpenException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code content lint --file FILE.csv [--db FILE]}: one JSON line per row with its findings. Exit 0 when no row has
 * an error (warnings allowed), 1 when some row has, 2 when the file cannot be read at all.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "导入前检查内容文件（CSV 表头至少含 type,name,text；或导出的 JSON），每行输出一行 JSON。")
public final class ContentLintCommand implements Callable<Integer> {
    @Option(names = "--file", required = true, description = "要检查的 CSV 或 JSON 文件（UTF-8）")
    private Path file;

    @Option(names = "--db", description = "工作台数据库：使用其中管理员编辑过的敏感词表（可选）")
    private Path db;

    @Override
    public Integer call() {
        CliOutput out = new CliOutput();
        try {
            ImportReport report = ContentImporter.check(file, linter());
            report.rows().forEach(row -> System.out.println(out.row(row)));
            long bad = report.errorRows().size();
            if (bad > 0) {
                System.err.println("有 " + bad + " 行存在错误，导入会被拒绝。");
                return 1;
            }
            return 0;
        } catch (ImportFileException e) {
            System.err.println(out.text(e.text()));
            return 2;
        } catch (DatabaseOpenException e) {
            System.err.println("无法打开数据库 " + db + "：" + e.getMessage());
            return 2;
        }
    }

    private ContentLinter linter() throws DatabaseOpenException {
        if (db == null) {
            return ContentLinter.withDefaults();
        }
        try (CliWorkbench wb = new CliWorkbench(db)) {
            return wb.content.lintSettings().linter();
        }
    }
}
