package com.siyu.workbench.content;

/**
 * Where a version is in review: DRAFT → SUBMITTED → APPROVED | REJECTED. A rejected or approved version is never
 * edited again; the next edit starts a new version as DRAFT. RETIRED marks the approved version of retired content.
 */
public enum ContentStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, RETIRED;

    /** Still being worked on: the one version of an item that may change. */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED;
    }
}
