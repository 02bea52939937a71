package com.siyu.workbench.contacts.orders;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an order export (CSV in UTF-8 / UTF-8 BOM / GBK, or the first sheet of an XLSX) into a {@link TabularFile}.
 * The first non-empty row is the header. XLSX date cells become "yyyy-MM-dd HH:mm:ss" text and numbers plain
 * decimals, so one parser handles both formats.
 */
public final class OrderFileReader {
    private static final DateTimeFormatter CELL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final java.util.regex.Pattern QUOTED_OR_BRACKETED =
            java.util.regex.Pattern.compile("\"[^\"]*\"|\\[[^]]*]");

    public TabularFile read(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".xlsx")) {
                return readXlsx(file, name);
            }
            if (lower.endsWith(".xls")) {
                throw new OrderImportException("contacts.orders.error.oldExcel", name);
            }
            return readCsv(Files.readAllBytes(file), name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof OrderImportException known) {
                throw known;
            }
            throw new OrderImportException("contacts.orders.error.unreadable", new Object[] {name}, e);
        }
    }

    TabularFile readCsv(byte[] bytes, String name) throws IOException {
        TextEncoding.Decoded decoded = TextEncoding.decode(bytes);
        List<TabularFile.Row> rows = new ArrayList<>();
        List<String> headers = null;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setTrim(false).get();
        String text = decoded.text();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                int line = lines.lineAt(record.getCharacterPosition());
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells;
                } else {
                    rows.add(new TabularFile.Row(line, cells));
                }
            }
        }
        return finish(name, decoded.encoding(), headers, rows);
    }

    /** The 1-based line a character offset falls on; offsets only grow, so one pass over the text suffices. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long offset) {
            int end = (int) Math.min(offset, text.length());
            for (; position < end; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private TabularFile readXlsx(Path file, String name) throws IOException {
        List<TabularFile.Row> rows = new ArrayList<>();
        List<String> headers = null;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells;
                } else {
                    rows.add(new TabularFile.Row(row.getRowNum(), cells));
                }
            }
        }
        return finish(name, "XLSX", headers, rows);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatString())) {
                return CELL_DATE.format(cell.asDate());
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    /** Excel stores dates as numbers; only the cell's number format tells them apart. */
    static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String bare = QUOTED_OR_BRACKETED.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
        return bare.contains("y") || bare.contains("d") || bare.contains("h") || bare.contains("yy")
                || (bare.contains("m") && (bare.contains("s") || bare.contains("/") || bare.contains("-")));
    }

    private static TabularFile finish(String name, String encoding, List<String> headers, List<TabularFile.Row> rows) {
        if (headers == null) {
            throw new OrderImportException("contacts.orders.error.empty", name);
        }
        List<TabularFile.Row> data = rows.stream().filter(r -> !r.isBlank()).toList();
        if (data.isEmpty()) {
            throw new OrderImportException("contacts.orders.error.noRows", name);
        }
        return new TabularFile(name, encoding, headers.stream().map(h -> h == null ? "" : h.strip()).toList(), data);
    }
}
