package com.siyu.workbench.wecom.dto;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps DTO lists immutable: answers never hold null lists; requests keep "absent" (null) apart from "empty". */
final class DtoLists {
    private DtoLists() {
    }

    /** An unmodifiable copy, empty for null; null elements from a sloppy server are dropped rather than failing. */
    static <T> List<T> orEmpty(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        // contains(null) would throw on immutable lists, so look for nulls by hand
        List<T> clean = new ArrayList<>(list.size());
        for (T item : list) {
            if (item != null) {
                clean.add(item);
            }
        }
        return Collections.unmodifiableList(clean);
    }

    /** An unmodifiable copy, null for null (a request field left out). */
    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : orEmpty(list);
    }
}
