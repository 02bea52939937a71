package com.siyu.workbench.wecom.dto;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Keeps DTO lists immutable: answers never hold null lists; requests keep "absent" (null) apart from "empty". */
final class DtoLists {
    private DtoLists() {
    }

    /** An unmodifiable copy, empty for null; null elements from a sloppy server are dropped rather than failing. */
    static <T> List<T> orEmpty(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        if (list.contains(null)) {
            List<T> clean = new ArrayList<>(list);
            clean.removeIf(Objects::isNull);
            return Collections.unmodifiableList(clean);
        }
        return List.copyOf(list);
    }

    /** An unmodifiable copy, null for null (a request field left out). */
    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : orEmpty(list);
    }
}
