package com.siyu.workbench.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where the contacts step is, stored as its cursor with every page: the chains of members re-read through
 * batch/get_by_user (≤100 userids each, read side by side), each chain's WeCom cursor ("" = not started, null =
 * done), how far through the customers fetched one by one (their ids are stored once, beside it), and progress.
 */
record ContactsPlan(List<List<String>> chains, List<String> positions, int getIndex, long total, long done) {
    private static final ObjectMapper JSON = Json.newMapper();

    ContactsPlan {
        chains = chains.stream().map(List::copyOf).toList();
        positions = Collections.unmodifiableList(new ArrayList<>(positions));
    }

    static ContactsPlan start(List<List<String>> chains, long total) {
        return new ContactsPlan(chains, Collections.nCopies(chains.size(), ""), 0, total, 0);
    }

    /** After a page of {@code chain}: its next cursor, or null when the chain is done. */
    ContactsPlan afterPage(int chain, String nextCursor, long doneNow) {
        List<String> moved = new ArrayList<>(positions);
        moved.set(chain, nextCursor);
        return new ContactsPlan(chains, moved, getIndex, total, doneNow);
    }

    ContactsPlan atGet(int index, long doneNow) {
        return new ContactsPlan(chains, positions, index, total, doneNow);
    }

    String encode() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ContactsPlan decode(String text) {
        try {
            ContactsPlan plan = JSON.readValue(text, ContactsPlan.class);
            return plan.positions().size() == plan.chains().size() ? plan : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
