package com.siyu.workbench.queue.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tables generation reads and writes besides the facts: tasks, generation runs, tag snapshots. */
public interface GenerationRepository {
    /** The latest day before {@code day} generation ran for this member. */
    Optional<LocalDate> lastGeneratedBefore(String member, LocalDate day);

    /** The first day generation ever ran for this member. */
    Optional<LocalDate> firstGenerated(String member);

    boolean generated(String member, LocalDate day);

    /** The member's tasks due on or after {@code fromDay}, plus every unfinished one whatever its day. */
    List<ExistingTask> existing(String member, LocalDate fromDay);

    /** Per contact, the sends other members have due on {@code day} (open, snoozed or sent). */
    Map<String, Integer> sendsByOthers(String member, LocalDate day);

    /** Writes a run's changes, the tag snapshot and the run record in one transaction; returns tasks inserted. */
    int apply(String member, LocalDate day, Reconciliation changes, TagChanges tags, Instant now);
}
