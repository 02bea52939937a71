package com.siyu.workbench.audit;

import com.siyu.workbench.members.AccessPolicy;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.members.Masking;
import com.siyu.workbench.members.Permission;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table to CSV or XLSX for someone allowed to export ({@code EXPORT_DATA}). Phone columns, and mobile
 * numbers inside text columns, are masked
 * unless the actor may see full numbers — whatever the table held. The file appears whole or not at all (written
 * beside the target, then moved over it), and every export is logged ({@link Actions#DATA_EXPORTED}).
 */
public final class ExportService {
    private static final char BOM = '\uFEFF';

    private final ActivityLog log;

    public ExportService(ActivityLog log) {
        this.log = log;
    }

    public void export(Actor actor, ExportTable table, ExportFormat format, Path target) throws IOException {
        AccessPolicy.require(actor, Permission.EXPORT_DATA);
        List<List<Object>> rows = masked(actor, table);
        Path dir = target.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(dir, ".export-", ".part");
        try {
            if (format == ExportFormat.CSV) {
                writeCsv(table, rows, partial);
            } else {
                writeXlsx(table, rows, partial);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        log.append(ActivityEvent.of(actor.userid(), Actions.DATA_EXPORTED).withDetails(Map.of(
                "table", table.name(), "format", format.extension(), "rows", rows.size(),
                "file", target.getFileName().toString(),
                "masked", !AccessPolicy.allows(actor, Permission.SEE_FULL_PHONE))));
    }

    private static List<List<Object>> masked(Actor actor, ExportTable table) {
        List<List<Object>> out = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            List<Object> copy = new ArrayList<>(row);
            for (int i = 0; i < copy.size(); i++) {
                ExportColumn.Kind kind = table.columns().get(i).kind();
                if (kind == ExportColumn.Kind.PHONE && copy.get(i) != null) {
                    copy.set(i, Masking.phoneFor(actor, copy.get(i).toString()));
                } else if (kind == ExportColumn.Kind.TEXT && copy.get(i) instanceof String text) {
                    copy.set(i, Masking.phonesInTextFor(actor, text)); // notes and details quote numbers too
                }
            }
            out.add(copy);
        }
        return out;
    }

    private static void writeCsv(ExportTable table, List<List<Object>> rows, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(BOM);
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL);
            csv.printRecord(table.columns().stream().map(ExportColumn::header).toList());
            for (List<Object> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    cells.add(csvCell(table.columns().get(i).kind(), row.get(i)));
                }
                csv.printRecord(cells);
            }
            csv.flush();
        }
    }

    static String csvCell(ExportColumn.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return switch (kind) {
                case INTEGER -> Long.toString(n.longValue());
                case DECIMAL -> decimal(n.doubleValue(), 1);
                case PERCENT -> decimal(n.doubleValue() * 100, 1) + "%";
                case MONEY -> decimal(n.doubleValue(), 2);
                default -> n.toString();
            };
        }
        return value.toString();
    }

    private static String decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    private static void writeXlsx(ExportTable table, List<List<Object>> rows, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Siyu Workbench", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.value(0, c, table.columns().get(c).header());
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    writeCell(sheet, r + 1, c, table.columns().get(c).kind(), rows.get(r).get(c));
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        }
    }

    private static void writeCell(Worksheet sheet, int r, int c, ExportColumn.Kind kind, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n && kind != ExportColumn.Kind.TEXT && kind != ExportColumn.Kind.PHONE) {
            sheet.value(r, c, n.doubleValue());
            if (kind == ExportColumn.Kind.PERCENT) {
                sheet.style(r, c).format("0.0%").set();
            } else if (kind == ExportColumn.Kind.DECIMAL) {
                sheet.style(r, c).format("0.0").set();
            } else if (kind == ExportColumn.Kind.MONEY) {
                sheet.style(r, c).format("#,##0.00").set();
            }
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ . */
    static String sheetName(String title) {
        String clean = title == null || title.isBlank() ? "Sheet1" : title.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
