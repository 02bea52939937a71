package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an endpoint answers: a JSON object (errcode/errmsg first), or bytes already serialised (the batch pages,
 * streamed from cached items).
 */
public record ApiResponse(ObjectNode json, byte[] raw) {
    public static ApiResponse of(ObjectNode json) {
        return new ApiResponse(json, null);
    }

    public static ApiResponse raw(byte[] bytes) {
        return new ApiResponse(null, bytes);
    }
}
