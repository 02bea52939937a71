package com.siyu.workbench.content;

/**
 * What the library list shows: a search text (blank = everything) and optional type, scene and status filters
 * (null = any). The status filter applies to the latest version, except APPROVED (items guides can send now) and
 * RETIRED (retired items).
 */
public record ContentFilter(String query, ContentType type, String scene, ContentStatus status) {
    public static final ContentFilter ALL = new ContentFilter("", null, null, null);

    public ContentFilter {
        query = query == null ? "" : query.strip();
    }

    boolean accepts(ContentSummary s) {
        if (type != null && s.type() != type) {
            return false;
        }
        if (scene != null && !scene.equals(s.scene())) {
            return false;
        }
        if (status == ContentStatus.RETIRED) {
            return s.retired();
        }
        if (status == ContentStatus.APPROVED) {
            return s.approvedVersion() != null && !s.retired();
        }
        return status == null || s.latestStatus() == status;
    }
}
