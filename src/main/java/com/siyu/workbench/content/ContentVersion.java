package com.siyu.workbench.content;

import java.time.Instant;

/** One version with its review trail: who wrote it and when, who reviewed it, when and why. */
public record ContentVersion(String contentId, int version, ContentStatus status, ContentBody body, String author,
                             Instant createdAt, Instant submittedAt, String reviewer, Instant reviewedAt,
                             String reviewReason) {
    public ContentType type() {
        return body.type();
    }

    public ContentVersion withStatus(ContentStatus newStatus) {
        return new ContentVersion(contentId, version, newStatus, body, author, createdAt, submittedAt, reviewer,
                reviewedAt, reviewReason);
    }
}
