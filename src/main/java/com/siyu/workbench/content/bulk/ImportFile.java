package com.siyu.workbench.content.bulk;

import com.siyu.workbench.content.lint.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Opens an import file: size check, format by extension (or by its first character), bounded strict reading. */
final class ImportFile {
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /** Far above any real record (a message is ≤4000 bytes), far below a pasted video. */
    static final int MAX_RECORD_CHARS = 1_000_000;

    private ImportFile() {
    }

    static ParseResult parse(Path file) throws ImportFileException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportFileException(LocalizedText.of("content.import.cannotRead", file.getFileName()));
        }
        if (size > MAX_FILE_BYTES) {
            throw new ImportFileException(LocalizedText.of("content.import.fileTooLarge", size / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)));
        }
        boolean json = isJson(file);
        try (InputStream in = Files.newInputStream(file);
             BoundedUtf8Reader reader = new BoundedUtf8Reader(new java.io.BufferedInputStream(in),
                     MAX_RECORD_CHARS)) {
            return json ? new JsonContentReader(MAX_RECORD_CHARS).read(reader) : new CsvContentReader().read(reader);
        } catch (IOException e) {
            throw new ImportFileException(LocalizedText.of("content.import.cannotRead", file.getFileName()));
        }
    }

    private static boolean isJson(Path file) throws ImportFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            for (byte b : head) {
                if (b == '[' || b == '{') {
                    return true;
                }
                if (!Character.isWhitespace(b) && (b & 0xFF) < 0x80) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            throw new ImportFileException(LocalizedText.of("content.import.cannotRead", file.getFileName()));
        }
    }
}
