package com.siyu.workbench.audit;

/** One department (store) on the dashboard: its reps' figures added up. */
public record StoreFigures(int departmentId, String name, int reps, UnitFigures figures) {
}
