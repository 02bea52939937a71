package com.siyu.workbench.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional state file: one JSON line per write (cgi write bodies, advances, send confirmations), after an
 * {@code init} line that fixes the dataset's base time. At start the lines are replayed in order with the clock
 * pinned to when each happened, so the demo corp keeps what the app pushed across restarts. A torn last line (the
 * process died mid-write) is skipped.
 */
final class StateJournal implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(StateJournal.class);

    /** One recorded write: {@code kind} "cgi" (with {@code path}) or an admin operation name. */
    record Entry(String kind, long at, String path, JsonNode body) {
    }

    private final ObjectMapper mapper;
    private final Path file;
    private final List<Entry> entries = new ArrayList<>();
    private JsonNode init;
    private BufferedWriter writer;

    private StateJournal(ObjectMapper mapper, Path file) {
        this.mapper = mapper;
        this.file = file;
    }

    static StateJournal none(ObjectMapper mapper) {
        return new StateJournal(mapper, null);
    }

    static StateJournal open(ObjectMapper mapper, Path file) throws IOException {
        StateJournal journal = new StateJournal(mapper, file);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                journal.read(line);
            }
        }
        return journal;
    }

    private void read(String line) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode node = mapper.readTree(line);
            String kind = node.path("kind").asText();
            if (kind.equals("init")) {
                init = node;
            } else {
                entries.add(new Entry(kind, node.path("at").asLong(), node.path("path").asText(null),
                        node.path("body")));
            }
        } catch (JsonProcessingException e) {
            LOG.warn("skipping an unreadable line of the sandbox state file {}", file);
        }
    }

    /** The base time of the dataset when the file has one. */
    Optional<Long> baseTime() {
        return Optional.ofNullable(init).map(n -> n.path("at").asLong());
    }

    /** Refuses a file written for another dataset (its ids would not exist here). */
    void checkMatches(SandboxConfig config) {
        if (init != null && (init.path("seed").asLong() != config.seed()
                || init.path("members").asInt() != config.members()
                || init.path("contacts").asInt() != config.contacts())) {
            throw new IllegalStateException("sandbox state file " + file + " was written for seed "
                    + init.path("seed").asLong() + ", " + init.path("members").asInt() + " members, "
                    + init.path("contacts").asInt() + " contacts; start with the same options or another file");
        }
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Starts appending; writes the init line when the file is new. */
    synchronized void startWriting(long baseTime, SandboxConfig config) throws IOException {
        if (file == null) {
            return;
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (init == null) {
            ObjectNode line = mapper.createObjectNode().put("kind", "init").put("at", baseTime)
                    .put("seed", config.seed()).put("members", config.members()).put("contacts", config.contacts());
            append(line);
        }
    }

    synchronized void recordWrite(long at, String path, ObjectNode body) {
        record(mapper.createObjectNode().put("kind", "cgi").put("at", at).put("path", path).set("body", body));
    }

    synchronized void recordAdmin(long at, String operation, Object body) {
        ObjectNode line = mapper.createObjectNode().put("kind", operation).put("at", at);
        line.set("body", mapper.valueToTree(body));
        record(line);
    }

    private void record(ObjectNode line) {
        if (writer != null) {
            append(line);
        }
    }

    private void append(ObjectNode line) {
        try {
            writer.write(mapper.writeValueAsString(line));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the sandbox state file", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
