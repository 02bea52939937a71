package com.siyu.workbench.sandbox.model;

import java.util.List;

/** An app message accepted by message/send, kept so tests can see who it reached. */
public record AppMessage(String msgid, String msgtype, String content, List<String> delivered, long sentAt) {
    public AppMessage {
        delivered = List.copyOf(delivered);
    }
}
