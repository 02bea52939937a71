package com.siyu.workbench.content;

import java.time.Instant;

/** A piece of content across its versions. {@code approvedVersion} is the one guides may send. */
public record ContentItem(String id, ContentType type, String name, String createdBy, Instant createdAt,
                          Integer approvedVersion, Instant retiredAt) {
    public boolean isRetired() {
        return retiredAt != null;
    }

    /** Whether guides may send it: an approved version that is not retired. */
    public boolean isLive() {
        return approvedVersion != null && retiredAt == null;
    }
}
