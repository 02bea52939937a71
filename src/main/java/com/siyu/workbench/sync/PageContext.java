package com.siyu.workbench.sync;

import com.siyu.workbench.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The engine's {@link StepContext}: commits pages, the step's cursor and the run's counts together. Pages are
 * committed in small groups (up to {@link #GROUP_PAGES} pages or {@link #GROUP_MILLIS} ms, whichever comes first):
 * each commit is an fsync, and one per page would make the disk the bottleneck of a full sync. The works of a group
 * run in order inside one transaction with the cursor of its last page, so what is stored is always a prefix of
 * the pages read, and a killed run re-reads at most one group.
 */
final class PageContext implements StepContext {
    static final int GROUP_PAGES = 64;
    static final long GROUP_MILLIS = 1000;

    /** How many pages (or how long) may wait for one commit. */
    record Grouping(int pages, long millis) {
        static final Grouping DEFAULT = new Grouping(GROUP_PAGES, GROUP_MILLIS);
    }

    private final Database db;
    private final Clock clock;
    private final String key;
    private final String stepName;
    private final SyncRequest request;
    private final long runId;
    private final RunTally tally;
    private final SyncListener listener;
    private final BooleanSupplier cancelled;
    private final Instant runStarted;
    private final Instant stepStarted;
    private final java.util.List<PageWork> group = new java.util.ArrayList<>();
    private int groupPages;
    private long groupStarted;
    private final Grouping grouping;
    private String cursor;
    private int committedPages;
    private long doneAtStart = -1;

    PageContext(Database db, Clock clock, String key, String stepName, String cursor, SyncRequest request, long runId,
                RunTally tally, SyncListener listener, BooleanSupplier cancelled, Instant runStarted,
                Grouping grouping) {
        this.grouping = grouping;
        this.db = db;
        this.clock = clock;
        this.key = key;
        this.stepName = stepName;
        this.cursor = cursor;
        this.request = request;
        this.runId = runId;
        this.tally = tally;
        this.listener = listener;
        this.cancelled = cancelled;
        this.runStarted = runStarted;
        this.stepStarted = clock.instant();
    }

    @Override
    public SyncRequest request() {
        return request;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public String cursor() {
        return cursor;
    }

    @Override
    public void commitPage(String nextCursor, int pages, PageWork work) {
        if (group.isEmpty()) {
            groupStarted = System.nanoTime();
        }
        group.add(work);
        groupPages += pages;
        cursor = nextCursor;
        if (group.size() >= grouping.pages() || System.nanoTime() - groupStarted >= grouping.millis() * 1_000_000) {
            flush();
        }
    }

    /** Commits the pages handed over so far (the engine calls it when the step ends, however it ends). */
    void flush() {
        if (group.isEmpty()) {
            return;
        }
        java.util.List<PageWork> works = java.util.List.copyOf(group);
        int pages = groupPages;
        String last = cursor;
        PageCounts counts = db.inTransaction(c -> {
            PageCounts written = PageCounts.NONE;
            for (PageWork work : works) {
                written = written.plus(work.write(c));
            }
            SyncCursors.saveCursor(c, key, last, clock.instant());
            SyncRunLog.addCounts(c, runId, pages, written);
            return written;
        });
        group.clear();
        groupPages = 0;
        committedPages += works.size();
        tally.page(pages, counts);
    }

    int committedPages() {
        return committedPages;
    }

    @Override
    public void progress(long done, long total) {
        Instant now = clock.instant();
        if (doneAtStart < 0) {
            doneAtStart = done; // a resumed step: estimate from what this attempt has done, not from zero
        }
        Duration inStep = Duration.between(stepStarted, now);
        long doneHere = done - doneAtStart;
        Duration remaining = null;
        if (total > 0 && doneHere > 0 && done <= total) {
            remaining = Duration.ofMillis(inStep.toMillis() * (total - done) / doneHere);
        }
        listener.progress(new SyncProgress(stepName, done, total, tally.pages(), Duration.between(runStarted, now),
                remaining));
    }

    @Override
    public void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }
}
