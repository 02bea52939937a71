package com.siyu.workbench.contacts;

import java.util.Set;

/**
 * Local edits of one follow still waiting in the outbox ("待同步"): tags added or removed locally, a remark change.
 * {@code failed} when WeCom refused one of them permanently (parked) and a person must look at it.
 */
public record PendingEdits(Set<String> addedTags, Set<String> removedTags, boolean remark, boolean failed) {
    public static final PendingEdits NONE = new PendingEdits(Set.of(), Set.of(), false, false);

    public PendingEdits {
        addedTags = Set.copyOf(addedTags);
        removedTags = Set.copyOf(removedTags);
    }

    public boolean any() {
        return !addedTags.isEmpty() || !removedTags.isEmpty() || remark;
    }
}
