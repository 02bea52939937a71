package com.siyu.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.model.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same seed and clock give byte-identical API responses. */
class SandboxDeterminismTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static List<String> responses(SandboxServer server) {
        WeComHttp wecom = new WeComHttp(server);
        List<String> bodies = new ArrayList<>();
        bodies.add(wecom.rawGet("gettoken?corpid=" + server.corpId() + "&corpsecret=" + server.secret()).body());
        String token = "access_token=" + wecom.token();
        List<String> reps = server.model().org().followUsers().stream().map(Member::userid).toList();
        bodies.add(wecom.rawGet("user/list?department_id=1&fetch_child=1&" + token).body());
        bodies.add(wecom.rawGet("externalcontact/list?userid=" + reps.get(2) + "&" + token).body());
        String cursor = "";
        do {
            String page = wecom.rawPost("externalcontact/batch/get_by_user?" + token,
                    "{\"userid_list\":" + toJson(reps) + ",\"limit\":100,\"cursor\":\"" + cursor + "\"}").body();
            bodies.add(page);
            cursor = wecom.json(page).path("next_cursor").asText();
        } while (!cursor.isEmpty());
        String someone = server.model().contacts().activeCustomerIds(reps.get(4)).get(0);
        bodies.add(wecom.rawGet("externalcontact/get?external_userid=" + someone + "&" + token).body());
        bodies.add(wecom.rawPost("externalcontact/get_corp_tag_list?" + token, "{}").body());
        bodies.add(wecom.rawPost("externalcontact/groupchat/list?" + token, "{\"limit\":100}").body());
        bodies.add(wecom.rawPost("externalcontact/get_user_behavior_data?" + token, "{\"userid\":" + toJson(reps)
                + ",\"start_time\":1740787200,\"end_time\":1741392000}").body());
        bodies.add(wecom.rawPost("externalcontact/add_msg_template?" + token, "{\"sender\":\"" + reps.get(3)
                + "\",\"text\":{\"content\":\"hi\"}}").body());
        bodies.add(wecom.admin("/sandbox/advance", Map.of("days", 1, "newContacts", 5, "lostContacts", 2,
                "tagChanges", 2, "remarkChanges", 2)).toString());
        bodies.add(wecom.rawGet("externalcontact/list?userid=" + reps.get(2) + "&" + token).body());
        return bodies;
    }

    private static String toJson(List<String> values) {
        return "[\"" + String.join("\",\"", values) + "\"]";
    }

    @Test
    void twoSandboxesWithTheSameSeedAnswerByteForByte() throws Exception {
        SandboxConfig config = SandboxConfig.defaults().withContacts(2000).withSecret("same").withClock(CLOCK);
        List<String> first;
        try (SandboxServer server = SandboxServer.start(config)) {
            first = responses(server);
        }
        try (SandboxServer server = SandboxServer.start(config)) {
            assertThat(responses(server)).isEqualTo(first);
        }
        assertThat(first).hasSizeGreaterThan(20);
        assertThat(first.get(first.size() - 1)).isNotEqualTo(first.get(2));
    }
}
