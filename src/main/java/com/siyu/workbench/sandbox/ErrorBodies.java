package com.siyu.workbench.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** WeCom-format error bodies and the HTML pages of a failing gateway. */
final class ErrorBodies {
    private final ObjectMapper mapper;

    ErrorBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code {"errcode":…,"errmsg":"<text>, hint: [<id>], from ip: <ip>, more info at …?e=<code>"}}. */
    byte[] json(int errcode, String text, String requestId, String ip, String emptyListField) {
        ObjectNode node = mapper.createObjectNode();
        node.put("errcode", errcode);
        node.put("errmsg", text + ", hint: [" + requestId + "], from ip: " + ip
                + ", more info at https://open.work.weixin.qq.com/devtool/query?e=" + errcode);
        if (emptyListField != null) {
            node.putArray(emptyListField);
        }
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gatewayPage(int status) {
        String title = status == 502 ? "502 Bad Gateway" : status + " Internal Server Error";
        return ("<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>stgw</center>\r\n</body>\r\n</html>\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
