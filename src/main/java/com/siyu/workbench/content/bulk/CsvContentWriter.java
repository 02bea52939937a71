package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.Attachments;
import com.siyu.workbench.content.ContentBody;
import com.siyu.workbench.content.ContentType;
import com.siyu.workbench.content.ContentVersion;
import com.siyu.workbench.content.ScriptStep;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the CSV format of {@link CsvColumns}: BOM first (Excel), CRLF line ends, one row per script step. */
final class CsvContentWriter {
    private CsvContentWriter() {
    }

    static void write(List<ContentVersion> versions, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(CsvColumns.ALL.toArray(String[]::new)).get());
        for (ContentVersion v : versions) {
            ContentBody b = v.body();
            if (b.type() == ContentType.SCRIPT) {
                for (int i = 0; i < b.steps().size(); i++) {
                    ScriptStep s = b.steps().get(i);
                    printer.printRecord(row(v, s.text(), i + 1, s.dayOffset(), hhmm(s.windowStart()),
                            hhmm(s.windowEnd()), Attachments.toJsonText(s.attachments())));
                }
            } else {
                printer.printRecord(row(v, b.text(), null, null, null, null, Attachments.toJsonText(b.attachments())));
            }
        }
        printer.flush();
    }

    private static List<Object> row(ContentVersion v, String text, Integer step, Integer day, String start, String end,
                                    String attachments) {
        ContentBody b = v.body();
        List<Object> row = new ArrayList<>();
        row.add(b.type().code());
        row.add(b.name());
        row.add(text);
        row.add(v.contentId());
        row.add(b.scene());
        row.add(String.join("|", b.audience()));
        row.add(b.scope() == null ? null : b.scope().type().name().toLowerCase(Locale.ROOT));
        row.add(b.scope() == null ? null : b.scope().value());
        row.add(step);
        row.add(day);
        row.add(start);
        row.add(end);
        row.add(attachments);
        row.add(b.targetChatId());
        row.add(b.joinQrCode());
        row.add(b.groupWelcomeText());
        return row;
    }

    private static String hhmm(LocalTime t) {
        return t == null ? null : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
