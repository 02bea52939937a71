package com.siyu.workbench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The newest migration version this build ships, read from the names of the scripts under {@code db/migration} in
 * the jar (or the classes folder). Cheap, unlike starting Flyway: it lets an up-to-date database open without it.
 */
final class MigrationIndex {
    static final String FOLDER = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("(?:.*/)?V(\\d+)__[^/]*\\.sql");

    private MigrationIndex() {
    }

    static OptionalInt latestShipped() {
        URL folder = MigrationIndex.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return OptionalInt.empty();
        }
        try {
            return switch (folder.getProtocol()) {
                case "jar" -> latestIn(((JarURLConnection) folder.openConnection()).getJarFile().stream()
                        .map(entry -> entry.getName()).filter(name -> name.startsWith(FOLDER + "/")));
                case "file" -> latestInFolder(Path.of(folder.toURI()));
                default -> OptionalInt.empty();
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            return OptionalInt.empty();
        }
    }

    private static OptionalInt latestInFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return latestIn(files.map(p -> p.getFileName().toString()));
        }
    }

    static OptionalInt latestIn(Stream<String> names) {
        return names.map(VERSIONED::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max();
    }
}
