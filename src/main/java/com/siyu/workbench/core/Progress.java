package com.siyu.workbench.core;

/** One progress update: {@code total <= 0} means indeterminate. */
public record Progress(long done, long total, String message) {
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
