package com.siyu.workbench.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.model.AppMessage;
import com.siyu.workbench.sandbox.model.Member;
import com.siyu.workbench.sandbox.model.WeComError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * message/send (app message to members): unknown recipients come back lower-cased in {@code invaliduser} /
 * {@code invalidparty} / {@code invalidtag} with errcode 0; all invalid ⇒ 81013. Text beyond 2048 bytes is cut.
 */
public final class MessageSendEndpoint {
    private static final int MAX_CONTENT_BYTES = 2048;

    private final ApiContext context;

    public MessageSendEndpoint(ApiContext context) {
        this.context = context;
    }

    public List<Endpoint> endpoints() {
        return List.of(Endpoint.post("message/send", this::send));
    }

    private ApiResponse send(ApiRequest request) {
        ObjectNode body = request.body();
        String touser = blankToEmpty(Params.text(body, "touser"));
        String toparty = blankToEmpty(Params.text(body, "toparty"));
        String totag = blankToEmpty(Params.text(body, "totag"));
        if (touser.isEmpty() && toparty.isEmpty() && totag.isEmpty()) {
            throw WeComError.missing("touser, toparty or totag");
        }
        Params.requireNumber(body, "agentid");
        String msgtype = Params.requireText(body, "msgtype");
        String content = body.path(msgtype).path("content").asText(body.path(msgtype).path("title").asText(""));
        Set<String> delivered = new LinkedHashSet<>();
        List<String> invalidUsers = new ArrayList<>();
        if (touser.equals("@all")) {
            context.model().org().members().forEach(m -> delivered.add(m.userid()));
        } else {
            for (String userid : split(touser)) {
                context.model().org().member(userid).ifPresentOrElse(m -> delivered.add(m.userid()),
                        () -> invalidUsers.add(userid.toLowerCase(Locale.ROOT)));
            }
        }
        List<String> invalidParties = new ArrayList<>();
        for (String party : split(toparty)) {
            List<Member> members = context.model().org().department(parseOrZero(party)).isPresent()
                    ? context.model().org().membersIn(List.of(parseOrZero(party))) : null;
            if (members == null) {
                invalidParties.add(party);
            } else {
                members.forEach(m -> delivered.add(m.userid()));
            }
        }
        List<String> invalidTags = split(totag);
        if (delivered.isEmpty()) {
            throw new WeComError(81013, "user & party & tag all invalid");
        }
        String msgid = context.ids().msgid();
        context.model().messageTasks().addAppMessage(new AppMessage(msgid, msgtype, truncate(content),
                List.copyOf(delivered), context.now()));
        ObjectNode response = context.ok();
        response.put("invaliduser", String.join("|", invalidUsers));
        response.put("invalidparty", String.join("|", invalidParties));
        response.put("invalidtag", String.join("|", invalidTags));
        response.put("unlicenseduser", "");
        response.put("msgid", msgid);
        return ApiResponse.of(response);
    }

    private static String truncate(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_CONTENT_BYTES) {
            return content;
        }
        String cut = new String(bytes, 0, MAX_CONTENT_BYTES, StandardCharsets.UTF_8);
        return cut.endsWith("\uFFFD") ? cut.substring(0, cut.length() - 1) : cut;
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : Arrays.stream(list.split("\\|")).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    private static int parseOrZero(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
