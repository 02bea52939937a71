package com.siyu.workbench.contacts.orders;

import java.util.Map;

/** What an import wrote. */
public record ImportResult(int imported, int skipped, Map<MatchMethod, Integer> matchedBy, int suggested,
                           int unmatched) {
    public ImportResult {
        matchedBy = Map.copyOf(matchedBy);
    }

    public int matched() {
        return matchedBy.values().stream().mapToInt(Integer::intValue).sum();
    }
}
