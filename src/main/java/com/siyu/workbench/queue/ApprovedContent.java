package com.siyu.workbench.queue;

import java.util.List;
import java.util.Optional;

/**
 * The approved version of a content item, as guides may send it.
 *
 * @param type  SCRIPT, WELCOME or INVITE ({@code content_items.type})
 * @param steps a script's steps in order; a welcome / invite has one step (number 1, day 0)
 */
public record ApprovedContent(String id, String type, String name, int version, List<ContentStep> steps,
                              String targetChatId) {
    public ApprovedContent {
        steps = List.copyOf(steps);
    }

    public Optional<ContentStep> step(int stepNo) {
        return steps.stream().filter(s -> s.stepNo() == stepNo).findFirst();
    }
}
