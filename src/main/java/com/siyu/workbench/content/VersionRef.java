package com.siyu.workbench.content;

/** Points at one version of one content item. */
public record VersionRef(String contentId, int version) {
}
