package com.siyu.workbench.audit;

/**
 * A tile at the top of the 团队 screen: a team figure, a line of context, and the per-rep column it breaks down into
 * (clicking the tile sorts the reps by that column).
 */
public record Kpi(String id, String label, String value, String detail, String columnKey, boolean warning) {
}
