package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.data.IdFactory;
import com.siyu.workbench.sandbox.model.SandboxModel;
import java.util.function.LongSupplier;

/** What endpoint families share: the model, id source, the sandbox clock (epoch seconds) and the JSON mapper. */
public record ApiContext(SandboxModel model, IdFactory ids, LongSupplier clock, ObjectMapper mapper, long seed) {
    public long now() {
        return clock.getAsLong();
    }

    /** A success body: {@code {"errcode":0,"errmsg":"ok"}} to which the endpoint adds its fields. */
    public ObjectNode ok() {
        ObjectNode node = mapper.createObjectNode();
        node.put("errcode", 0);
        node.put("errmsg", "ok");
        return node;
    }

    public ArrayNode array() {
        return mapper.createArrayNode();
    }

    public ObjectNode object() {
        return mapper.createObjectNode();
    }
}
