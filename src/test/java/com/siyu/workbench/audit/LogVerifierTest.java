package com.siyu.workbench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.core.ProgressReporter;
import com.siyu.workbench.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tampering with any one row of the log in the SQLite file — as an attacker who drops the triggers — is named. */
class LogVerifierTest {
    static final int ENTRIES = 12;

    @TempDir
    Path dir;
    Path pristine;
    int copies;

    @BeforeEach
    void writeALog() throws Exception {
        pristine = dir.resolve("pristine.db");
        AtomicLong millis = new AtomicLong(Instant.parse("2026-11-20T01:00:00Z").toEpochMilli());
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Shanghai");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.addAndGet(Duration.ofMinutes(3).toMillis()));
            }
        };
        try (Database db = Database.open(pristine)) {
            ActivityLog log = new JdbcActivityLog(db, ticking);
            for (int i = 1; i <= ENTRIES; i++) {
                log.append(ActivityEvent.of(i % 2 == 0 ? "zhangxw" : "lisi", i % 3 == 0 ? "task.skipped" : "task.sent")
                        .withTask("t" + i).withContact("wm" + i).withDetails(Map.of("reason", "客户在外地 " + i)));
            }
        }
    }

    @Test
    void anUntouchedLogIsIntactAndGivesACheckpoint() throws Exception {
        VerificationResult result = verify(pristine, null);
        assertThat(result.ok()).isTrue();
        assertThat(result.entries()).isEqualTo(ENTRIES);
        assertThat(result.lastSeq()).isEqualTo(ENTRIES);
        assertThat(result.checkpoint().toString()).startsWith(ENTRIES + ":").hasSize(3 + 64);
        assertThat(verify(pristine, result.checkpoint()).ok()).isTrue();
    }

    @Test
    void editingAnyOneRowNamesThatRow() throws Exception {
        for (long seq = 1; seq <= ENTRIES; seq++) {
            long target = seq;
            assertBroken(tampered(t -> t.edit(target)), seq, LogProblem.EDITED);
        }
    }

    @Test
    void editingARowAndGivingItAFreshHashStillNamesThatRow() throws Exception {
        for (long seq = 1; seq <= ENTRIES; seq++) {
            long target = seq;
            Path file = tampered(t -> t.editAndRehash(target));
            assertBroken(file, seq, LogProblem.EDITED);
        }
    }

    @Test
    void deletingAnyOneRowNamesTheMissingSeqAndACutTailIsTruncation() throws Exception {
        for (long seq = 1; seq < ENTRIES; seq++) {
            long target = seq;
            assertBroken(tampered(t -> t.delete(target)), seq, LogProblem.DELETED);
        }
        assertBroken(tampered(t -> t.delete(ENTRIES)), ENTRIES, LogProblem.TRUNCATED);
    }

    @Test
    void swappingAnyTwoRowsNamesTheFirstOfThem() throws Exception {
        for (long a = 1; a < ENTRIES; a++) {
            long first = a;
            assertBroken(tampered(t -> t.swap(first, first + 1)), a, LogProblem.REORDERED);
        }
        assertBroken(tampered(t -> t.swap(2, 9)), 2, LogProblem.REORDERED);
        assertBroken(tampered(t -> t.swap(1, ENTRIES)), 1, LogProblem.REORDERED);
    }

    @Test
    void aRowSlippedIntoTheMiddleIsNamedWhetherOrNotItsHashIsWellFormed() throws Exception {
        for (long seq : new long[] {1, 5, ENTRIES}) {
            assertBroken(tampered(t -> t.insertForged(seq, false)), seq, LogProblem.INSERTED);
            assertBroken(tampered(t -> t.insertForged(seq, true)), seq, LogProblem.INSERTED);
        }
    }

    @Test
    void aRowAppendedBehindTheWorkbenchsBackIsNamed() throws Exception {
        Path file = tampered(t -> t.insertForged(ENTRIES + 1, true));
        assertBroken(file, ENTRIES + 1, LogProblem.INSERTED);
    }

    @Test
    void aChainRebuiltWithFreshHashesIsOnlyCaughtByACheckpointKeptElsewhere() throws Exception {
        Checkpoint noted = verify(pristine, null).checkpoint();
        Path rebuilt = tampered(t -> {
            t.edit(4);
            t.rechainAll();
        });
        assertThat(verify(rebuilt, null).ok()).as("the file alone cannot tell").isTrue();
        VerificationResult withCheckpoint = verify(rebuilt, noted);
        assertThat(withCheckpoint.ok()).isFalse();
        assertThat(withCheckpoint.problem()).isEqualTo(LogProblem.REWRITTEN);
        assertThat(withCheckpoint.firstBrokenSeq()).isEqualTo(ENTRIES);

        Path cut = tampered(t -> {
            t.delete(ENTRIES);
            t.delete(ENTRIES - 1);
            t.exec("UPDATE activity_log_head SET last_seq = ?, last_hash = (SELECT hash FROM activity_log WHERE seq = ?)",
                    ENTRIES - 2, ENTRIES - 2);
        });
        assertThat(verify(cut, null).ok()).isTrue();
        VerificationResult cutWithCheckpoint = verify(cut, noted);
        assertThat(cutWithCheckpoint.problem()).isEqualTo(LogProblem.TRUNCATED);
        assertThat(cutWithCheckpoint.firstBrokenSeq()).isEqualTo(ENTRIES - 1);
    }

    @Test
    void progressIsReportedAgainstTheRecordedHead() throws Exception {
        AtomicLong lastTotal = new AtomicLong();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + pristine)) {
            new LogVerifier().verify(c, null, new ProgressReporter() {
                @Override
                public void progress(long done, long total, String message) {
                    lastTotal.set(total);
                    assertThat(done).isLessThanOrEqualTo(total);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        }
        assertThat(lastTotal.get()).isEqualTo(ENTRIES);
    }

    private Path tampered(Attack attack) throws Exception {
        Path copy = dir.resolve("copy-" + (++copies) + ".db");
        Files.copy(pristine, copy);
        try (LogTamper t = new LogTamper(copy)) {
            attack.apply(t);
        }
        return copy;
    }

    private static void assertBroken(Path file, long seq, LogProblem problem) throws Exception {
        VerificationResult result = verify(file, null);
        assertThat(result.ok()).as("%s at %d", problem, seq).isFalse();
        assertThat(result.firstBrokenSeq()).as("%s at %d: %s", problem, seq, result.detail()).isEqualTo(seq);
        assertThat(result.problem()).as("%s at %d: %s", problem, seq, result.detail()).isEqualTo(problem);
    }

    static VerificationResult verify(Path file, Checkpoint checkpoint) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return new LogVerifier().verify(c, checkpoint, ProgressReporter.NONE);
        }
    }

    @FunctionalInterface
    interface Attack {
        void apply(LogTamper t) throws Exception;
    }
}
