package com.siyu.workbench.queue.rules;

/** The walk-through's sections; {@code tasks.section}. Overdue is not a section of its own: it is computed. */
public enum Section {
    NEW, FOLLOW_UP, REPURCHASE, WIN_BACK
}
