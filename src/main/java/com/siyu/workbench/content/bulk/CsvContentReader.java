package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.lint.LocalizedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV format ({@link CsvColumns}) record by record; rows become items through {@link CsvItemBuilder}. */
final class CsvContentReader {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(
                    org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();

    ParseResult read(BoundedUtf8Reader reader) throws ImportFileException {
        CsvItemBuilder builder = new CsvItemBuilder();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            reader.recordDone();
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            int row = 0;
            for (CSVRecord record : parser) {
                reader.recordDone();
                row++;
                RowRef ref = new RowRef(row, reader.lineAt(record.getCharacterPosition()));
                builder.add(ref, cells(record, columns));
            }
        } catch (UncheckedIOException e) {
            throw refusal(e.getCause());
        } catch (IOException e) {
            throw refusal(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ImportFileException(LocalizedText.of("content.import.badCsv", e.getMessage()));
        }
        return builder.result();
    }

    private static ImportFileException refusal(IOException e) {
        if (e instanceof BoundedUtf8Reader.Refused refused) {
            return new ImportFileException(refused.text);
        }
        return new ImportFileException(LocalizedText.of("content.import.badCsv", String.valueOf(e.getMessage())));
    }

    private static Map<String, Integer> columns(List<String> header) throws ImportFileException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String required : CsvColumns.REQUIRED) {
            if (!columns.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException(LocalizedText.of("content.import.missingColumns", String.join(", ", missing),
                    String.join(",", CsvColumns.REQUIRED)));
        }
        return columns;
    }

    private static Map<String, String> cells(CSVRecord record, Map<String, Integer> columns) {
        Map<String, String> cells = new LinkedHashMap<>();
        columns.forEach((name, index) -> cells.put(name, index < record.size() ? record.get(index) : ""));
        return cells;
    }
}
