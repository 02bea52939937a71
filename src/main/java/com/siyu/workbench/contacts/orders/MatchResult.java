package com.siyu.workbench.contacts.orders;

import java.util.List;

/**
 * The outcome of matching one order: an exact match with its credited rep and channel, or none with suggestions a
 * guide may confirm (nickname matches, and exact keys shared by several customers).
 */
public record MatchResult(String externalUserid, String contactName, MatchMethod method, String creditedUserid,
                          String creditedState, List<Suggestion> suggestions) {
    public static final MatchResult NONE = new MatchResult(null, null, null, null, null, List.of());

    public MatchResult {
        suggestions = List.copyOf(suggestions);
    }

    public boolean matched() {
        return externalUserid != null;
    }

    /** A customer the order may belong to, and which key suggested them. */
    public record Suggestion(String externalUserid, String contactName, MatchMethod reason) {
    }
}
