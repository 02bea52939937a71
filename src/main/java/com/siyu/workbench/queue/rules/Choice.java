package com.siyu.workbench.queue.rules;

/** Something the rule editor lets the user pick: the stored value and how it reads. */
public record Choice(String value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
