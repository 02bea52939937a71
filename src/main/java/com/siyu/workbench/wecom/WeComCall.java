package com.siyu.workbench.wecom;

import java.util.Map;

/**
 * One request to WeCom: GET with query parameters or POST with a JSON body (UTF-8 bytes). {@code withToken} is
 * false only for gettoken; {@code idempotent} false for creating writes, which are not resent after an ambiguous
 * failure. Never printed with its query (gettoken's holds the secret).
 */
record WeComCall(String method, String path, Map<String, String> query, byte[] body, boolean withToken,
                 boolean idempotent) {
    WeComCall {
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    static WeComCall get(String path, Map<String, String> query) {
        return new WeComCall("GET", path, query, null, true, true);
    }

    static WeComCall post(String path, byte[] body, boolean idempotent) {
        return new WeComCall("POST", path, Map.of(), body, true, idempotent);
    }

    @Override
    public String toString() {
        return "WeComCall[" + method + " " + path + "]";
    }
}
