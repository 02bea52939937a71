package com.siyu.workbench.contacts;

/** One timeline entry as shown: when, what kind (for styling), a label in the UI language, who and the details. */
public record TimelineLine(String when, TimelineEntry.Kind kind, String label, String who, String text) {
}
