package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What an endpoint answers: a JSON object (errcode/errmsg first), or pieces of bytes already serialised (the batch
 * pages, built from cached items) that the router streams one after the other without joining them first.
 */
public record ApiResponse(ObjectNode json, List<byte[]> chunks, int length) {
    public static ApiResponse of(ObjectNode json) {
        return new ApiResponse(json, null, 0);
    }

    public static ApiResponse chunks(List<byte[]> chunks) {
        int length = 0;
        for (byte[] chunk : chunks) {
            length += chunk.length;
        }
        return new ApiResponse(null, List.copyOf(chunks), length);
    }

    /** All chunks in one array (for faults that cut the body). */
    public byte[] joined() {
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return all;
    }
}
