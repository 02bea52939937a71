package com.siyu.workbench.queue;

/** A corp tag as the task card shows it. */
public record TagRef(String id, String name, String group) {
}
