package com.siyu.workbench.sandbox.model;

/** A department of the sandbox corp, as department/list returns it. The root has {@code parentId} 0. */
public record Department(int id, String name, String nameEn, int parentId, int order) {
}
