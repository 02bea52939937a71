package com.siyu.workbench.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of content items and their versions ({@code content_items}, {@code content_versions},
 * {@code script_steps}) and the search index. No permission checks here: {@link ContentService} does them.
 * Writes join the caller's transaction.
 */
public interface ContentRepository {
    Optional<ContentItem> item(String id);

    /** Every version of the item, oldest first. */
    List<ContentVersion> versions(String id);

    Optional<ContentVersion> version(String id, int version);

    Optional<ContentVersion> latest(String id);

    void insertItem(ContentItem item);

    /** Inserts a version with its steps and indexes it for search. */
    void insertVersion(ContentVersion version);

    /** Replaces the body of a (draft) version, steps included, and re-indexes it. */
    void updateBody(String id, int version, ContentBody body);

    /** Stores status, submission and review fields of {@code version}. */
    void updateReview(ContentVersion version);

    /** Makes {@code version} the one guides send; un-retires the item and takes over the version's name. */
    void setApproved(String id, int version, String name);

    void setRetired(String id, Instant at);

    /** One row per item; {@code approvedShown} shows the approved version (live items only), else the latest. */
    List<ContentSummary> summaries(boolean approvedShown);

    /** Versions waiting for review, oldest submission first. */
    List<ContentVersion> submitted();

    /** Versions whose indexed text matches every term of {@code query}. */
    List<VersionRef> search(String query, int limit);

    boolean isEmpty();

    List<String> scenes();

    void saveScenes(List<String> scenes);
}
