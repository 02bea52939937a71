package com.siyu.workbench.audit;

/** One script / welcome / invite item and how it was used: done tasks carrying it, and logged sends or copies. */
public record ContentUsage(String contentId, String name, String type, long tasks, long sends) {
    public ContentUsage plus(ContentUsage o) {
        return new ContentUsage(contentId, name, type, tasks + o.tasks, sends + o.sends);
    }

    public long uses() {
        return tasks + sends;
    }
}
