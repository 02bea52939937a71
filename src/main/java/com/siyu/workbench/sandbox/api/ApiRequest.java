package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** One call to a /cgi-bin/ endpoint: its path (without the prefix), query parameters and JSON body ({} for GET). */
public record ApiRequest(String path, Map<String, String> query, ObjectNode body) {
    public ApiRequest {
        query = Map.copyOf(query);
    }

    public String query(String name) {
        return query.get(name);
    }
}
