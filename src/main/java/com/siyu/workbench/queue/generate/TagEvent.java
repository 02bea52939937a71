package com.siyu.workbench.queue.generate;

/** A tag added to or removed from a contact, on the day generation noticed it. */
public record TagEvent(String tagId, boolean added, int day) {
}
