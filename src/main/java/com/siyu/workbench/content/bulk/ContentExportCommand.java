package com.siyu.workbench.content.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.store.DatabaseOpenException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code content export --db FILE --file OUT [--as USERID]}: CSV (UTF-8 with BOM) or JSON by the file's extension. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "导出内容库（.csv 用 Excel 可直接打开，或 .json）。")
public final class ContentExportCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, description = "工作台数据库文件（workbench.db）")
    private Path db;

    @Option(names = "--file", required = true, description = "导出到的文件，.csv 或 .json")
    private Path file;

    @Option(names = "--as", description = "以哪位成员（userid）的身份导出；默认“命令行”内容编辑（导出全部最新版本）")
    private String as;

    @Override
    public Integer call() {
        ContentExporter.Format format = file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? ContentExporter.Format.JSON : ContentExporter.Format.CSV;
        try (CliWorkbench wb = new CliWorkbench(db); OutputStream out = Files.newOutputStream(file)) {
            int items = wb.content.exporter().export(wb.actor(as), format, out);
            ObjectNode summary = CliOutput.object();
            summary.put("exported", items);
            summary.put("file", file.toString());
            System.out.println(CliOutput.write(summary));
            return 0;
        } catch (DatabaseOpenException e) {
            System.err.println("无法打开数据库 " + db + "：" + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("无法写入 " + file + "：" + e.getMessage());
            return 2;
        }
    }
}
