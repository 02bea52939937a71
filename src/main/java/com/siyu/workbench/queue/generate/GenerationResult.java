package com.siyu.workbench.queue.generate;

import java.time.LocalDate;

/** What one generation run did, for the log line, the CLI and the tests. */
public record GenerationResult(String member, LocalDate day, int candidates, int inserted, int held, int updated,
                               int deleted, int cancelled, int moved, long millis) {
}
