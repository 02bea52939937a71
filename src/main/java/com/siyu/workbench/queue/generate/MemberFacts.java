package com.siyu.workbench.queue.generate;

import java.util.List;
import java.util.Map;

/**
 * One member's contacts and their facts, plus the tag changes seen since the last generation.
 *
 * @param tagEvents  per contact, the tag changes recorded so far (including those noticed in this run)
 * @param savedViews resolved saved-filter audiences: filter id → contacts it selects
 */
public record MemberFacts(String userid, List<Integer> departments, List<ContactFacts> contacts, TagIndex tags,
                          Map<String, List<TagEvent>> tagEvents, Map<String, java.util.Set<String>> savedViews) {
}
