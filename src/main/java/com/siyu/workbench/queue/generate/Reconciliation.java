package com.siyu.workbench.queue.generate;

import com.siyu.workbench.queue.StatusReason;
import com.siyu.workbench.queue.TaskStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one generation run changes in {@code tasks}; written in one transaction. */
public final class Reconciliation {
    /** A task to insert, possibly held back to a later day. */
    public record Insert(Candidate candidate, TaskStatus status, int dueDay, StatusReason heldReason,
                         String heldFrom) {
    }

    /** An existing held task re-placed: opened today, or moved again. */
    public record Move(String id, TaskStatus status, int dueDay, StatusReason heldReason, String heldFrom) {
    }

    final List<Insert> inserts = new ArrayList<>();
    final List<Candidate> updates = new ArrayList<>();
    final List<String> deletes = new ArrayList<>();
    final Map<String, StatusReason> cancels = new LinkedHashMap<>();
    final List<Move> moves = new ArrayList<>();

    public List<Insert> inserts() {
        return inserts;
    }

    /** Untouched tasks of an edited rule, brought up to its new revision. */
    public List<Candidate> updates() {
        return updates;
    }

    /** Untouched tasks of a disabled rule, or that an edited rule no longer asks for. */
    public List<String> deletes() {
        return deletes;
    }

    /** Unfinished tasks whose sequence stopped (replied, bought, joined a group, lost). */
    public Map<String, StatusReason> cancels() {
        return cancels;
    }

    public List<Move> moves() {
        return moves;
    }

    public boolean isEmpty() {
        return inserts.isEmpty() && updates.isEmpty() && deletes.isEmpty() && cancels.isEmpty() && moves.isEmpty();
    }
}
