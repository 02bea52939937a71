package com.siyu.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.siyu.workbench.sandbox.model.Follow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a state file, what clients wrote and how far time moved survive a restart. */
class SandboxStateFileTest {
    @TempDir
    Path dir;

    @Test
    void writesAndAdvancesAreReplayedAtStart() throws Exception {
        Path state = dir.resolve("sandbox-state.jsonl");
        MutableClock clock = new MutableClock(Instant.parse("2025-03-10T02:00:00Z"));
        SandboxConfig config = SandboxConfig.defaults().withContacts(300).withClock(clock).withStateFile(state);
        String msgid;
        Follow follow;
        String vip;
        JsonNode summary;
        try (SandboxServer server = SandboxServer.start(config)) {
            WeComHttp wecom = new WeComHttp(server);
            follow = server.model().contacts().allFollows().stream().filter(f -> !f.lost()).skip(3).findFirst()
                    .orElseThrow();
            vip = server.model().tags().liveGroupNamed("会员等级").orElseThrow().liveTags().get(0).id();
            wecom.post("externalcontact/mark_tag", Map.of("userid", follow.userid(), "external_userid",
                    follow.externalUserid(), "add_tag", List.of(vip)));
            wecom.post("externalcontact/remark", Map.of("userid", follow.userid(), "external_userid",
                    follow.externalUserid(), "remark", "李先生 奶粉"));
            msgid = wecom.post("externalcontact/add_msg_template", Map.of("sender", follow.userid(),
                    "text", Map.of("content", "周末活动"))).path("msgid").asText();
            summary = wecom.admin("/sandbox/advance", Map.of("days", 2, "newContacts", 3, "lostContacts", 2));
            wecom.admin("/sandbox/confirm-sends", Map.of("fraction", 1.0));
            wecom.post("externalcontact/remark", Map.of("userid", "nobody", "external_userid",
                    follow.externalUserid(), "remark", "失败的写不记录"));
        }
        clock.advance(Duration.ofHours(5));
        try (SandboxServer restarted = SandboxServer.start(config)) {
            Follow again = restarted.model().contacts().activeFollow(follow.userid(), follow.externalUserid())
                    .orElseThrow();
            assertThat(again.tagIds()).contains(vip);
            assertThat(again.remark()).isEqualTo("李先生 奶粉");
            assertThat(restarted.model().messageTasks().task(msgid).orElseThrow().senders().get(0).status())
                    .isEqualTo(2);
            assertThat(restarted.model().contacts().contactCount()).isEqualTo(303);
            String lostUser = summary.path("lostContacts").get(0).path("userid").asText();
            String lostContact = summary.path("lostContacts").get(0).path("externalUserid").asText();
            assertThat(restarted.model().contacts().activeFollow(lostUser, lostContact)).isEmpty();
            assertThat(restarted.now()).isEqualTo(clock.instant().getEpochSecond() + 2 * 86_400);
        }
        assertThat(Files.readAllLines(state)).hasSize(6).first().asString().contains("\"kind\":\"init\"");
    }

    @Test
    void aStateFileOfAnotherDatasetIsRefused() throws Exception {
        Path state = dir.resolve("other.jsonl");
        SandboxConfig config = SandboxConfig.defaults().withContacts(100).withStateFile(state);
        SandboxServer.start(config).close();
        assertThatThrownBy(() -> SandboxServer.start(config.withSeed(99))).hasMessageContaining("seed");
    }
}
