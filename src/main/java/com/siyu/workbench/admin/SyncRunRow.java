package com.siyu.workbench.admin;

/**
 * One run in the sync log, as shown: every field already formatted in the UI language; {@code error} is the
 * stored Chinese reason (empty when the run went well).
 */
public record SyncRunRow(long id, String started, String kind, String member, String status, boolean failed,
                         String duration, String pages, String changes, String outbox, String error) {
}
