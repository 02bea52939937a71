package com.siyu.workbench.bench;

import com.siyu.workbench.app.Workbench;
import com.siyu.workbench.content.ContentFilter;
import com.siyu.workbench.content.ContentFixture;
import com.siyu.workbench.content.bulk.ImportReport;
import com.siyu.workbench.content.lint.ContentLinter;
import com.siyu.workbench.content.lint.TextKind;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Content library figures: importing 5,000 scripts (20,000 CSV rows) in one transaction, full-text search as you
 * type over them (trigram FTS for 3+ characters, LIKE for 1–2), and linting a 4,000-byte message (the cost of one
 * keystroke in the editor). {@code ./mvnw -Pbench verify -Dbench.args=content}
 */
public final class ContentBench {
    private static final int ITEMS = 5_000;
    private static final String[] PRODUCTS = {"羊绒大衣", "真丝衬衫", "羽绒服", "牛仔裤", "运动鞋", "双肩包", "围巾", "手表"};

    private ContentBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("content-bench");
        try (Workbench wb = ContentFixture.open(dir)) {
            Path csv = dir.resolve("bulk.csv");
            writeCsv(csv);
            long start = System.nanoTime();
            ImportReport report = wb.content().importer().importFile(ContentFixture.EDITOR_ACTOR, csv, false);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "{\"bench\":\"content-import\",\"items\":%d,\"rows\":%d,\"seconds\":%.2f,"
                    + "\"errors\":%d}%n", report.created(), report.rows().size(), seconds, report.errorRows().size());

            search(wb, "content-list-all", List.of(" "));
            search(wb, "content-search-trigram", List.of("羊绒大衣", "真丝衬衫到", "运动鞋 周末", "很高兴认识"));
            search(wb, "content-search-short", List.of("大衣", "围", "复购", "鞋"));

            ContentLinter linter = ContentLinter.withDefaults();
            String text = ("{客户称呼}您好，我是{门店}的{导购姓名}，您上次看的{意向商品}到货了，这周末有空来试试？"
                    + "最近天气转凉，https://shop.example.com/a 里有保养说明！").repeat(30).substring(0, 1330);
            Stopwatch lint = new Stopwatch();
            for (int i = 0; i < 2_000; i++) {
                String typed = text.substring(0, 1000 + i % 330);
                lint.time(() -> linter.lintText("text", typed, TextKind.MESSAGE));
            }
            System.out.println(lint.summary("content-lint-keystroke"));
            System.out.printf(Locale.ROOT, "{\"bench\":\"content-heap\",\"peak_heap_mb\":%d}%n", Stopwatch.peakHeapMb());
        }
    }

    private static void search(Workbench wb, String name, List<String> queries) {
        Stopwatch watch = new Stopwatch();
        int hits = 0;
        for (int round = 0; round < 50; round++) {
            for (String q : queries) {
                // as you type: every prefix of the query is a search
                for (int end = 1; end <= q.length(); end++) {
                    String prefix = q.substring(0, end);
                    long t = System.nanoTime();
                    hits += wb.content().library().list(ContentFixture.REVIEWER,
                            new ContentFilter(prefix, null, null, null)).size();
                    watch.record(System.nanoTime() - t);
                }
            }
        }
        System.out.println(watch.summary(name).replace("}", ",\"library_items\":" + ITEMS + ",\"hits\":" + hits
                + "}"));
    }

    private static void writeCsv(Path csv) throws Exception {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("type,name,text,id,scene,step,day_offset,window_start,window_end\n");
            for (int i = 0; i < ITEMS; i++) {
                String product = PRODUCTS[i % PRODUCTS.length];
                String id = "bench-" + i;
                String name = product + "跟进 " + i;
                w.write(row(id, name, 1, 0, "{客户称呼}您好，我是{门店}的{导购姓名}，很高兴认识您～" + product + "有任何问题都可以问我"));
                w.write(row(id, name, 2, 1, "{客户称呼}，" + product + "到货了，这周末有空来店里试试？"));
                w.write(row(id, name, 3, 3, "{客户称呼}，不少顾客买" + product + "前都会来体验一下，您方便的话约个时间"));
                w.write(row(id, name, 4, 7, "{客户称呼}，想问问" + product + "您还在考虑吗？编号 " + i));
            }
        }
    }

    private static String row(String id, String name, int step, int day, String text) {
        return "script," + name + "," + text + "," + id + ",意向跟进," + step + "," + day + ",11:30,13:30\n";
    }
}
