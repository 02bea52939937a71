package com.siyu.workbench.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import java.util.List;

/**
 * Where the contacts step is, stored as its cursor with every page: the chains of members to re-read through
 * batch/get_by_user (≤100 userids each), the chain and WeCom cursor reached, how far through the customers to
 * fetch one by one (their ids are stored once, beside it), and progress.
 */
record ContactsPlan(List<List<String>> chains, int chain, String pageCursor, int getIndex, long total, long done) {
    private static final ObjectMapper JSON = Json.newMapper();

    ContactsPlan {
        chains = chains.stream().map(List::copyOf).toList();
        pageCursor = pageCursor == null ? "" : pageCursor;
    }

    ContactsPlan atPage(int chainIndex, String cursor, long doneNow) {
        return new ContactsPlan(chains, chainIndex, cursor, getIndex, total, doneNow);
    }

    ContactsPlan atGet(int index, long doneNow) {
        return new ContactsPlan(chains, chains.size(), "", index, total, doneNow);
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
            return JSON.readValue(text, ContactsPlan.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
