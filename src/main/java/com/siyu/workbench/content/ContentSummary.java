package com.siyu.workbench.content;

import java.time.Instant;

/**
 * A row of the library list: the item with the version the viewer sees (the latest for reviewers, the approved one
 * for guides) and the state of its latest version.
 */
public record ContentSummary(String id, ContentType type, String name, String scene, Scope scope, int shownVersion,
                             int latestVersion, ContentStatus latestStatus, Integer approvedVersion, boolean retired,
                             String latestAuthor, Instant updatedAt) {
}
