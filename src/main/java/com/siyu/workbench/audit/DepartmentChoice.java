package com.siyu.workbench.audit;

/** An entry of the store filter; {@code id} null means the whole team. */
public record DepartmentChoice(Integer id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
