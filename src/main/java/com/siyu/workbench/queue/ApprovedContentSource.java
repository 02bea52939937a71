package com.siyu.workbench.queue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the queue reads of the content library: only approved, unretired content. Kept small so the content
 * feature's own read API can replace the JDBC reader without touching generation.
 */
public interface ApprovedContentSource {
    /** The approved versions of those ids that have one (ids without an approved version are absent). */
    Map<String, ApprovedContent> approved(Collection<String> contentIds);

    default Optional<ApprovedContent> approved(String contentId) {
        return Optional.ofNullable(approved(List.of(contentId)).get(contentId));
    }

    /** A specific version (what a task was generated with), approved or since superseded. */
    Optional<ApprovedContent> version(String contentId, int version);

    /** Every content item with a name, for the rule editor's picker: id, type, name, approved or not. */
    List<ContentChoice> choices();

    /** A content item as the rule editor lists it. */
    record ContentChoice(String id, String type, String name, boolean approved) {
    }
}
