package com.siyu.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.siyu.workbench.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Injected faults hit at the configured rates and look like production failures on the wire. */
class SandboxFaultTest {
    private SandboxServer server;
    private WeComHttp wecom;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.defaults().withContacts(100).withRateLimitPerMinute(0));
        wecom = new WeComHttp(server);
        wecom.token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void faultPlansParseAndRejectNonsense() {
        FaultPlan plan = FaultPlan.parse("errcode-1=0.05,http500=0.05,http502=0.02,ratelimit=0.1,drop=0.02,"
                + "slow=0.02,malformed=0.01,slow-ms=200");
        assertThat(plan.rate(Fault.RATE_LIMIT)).isEqualTo(0.1);
        assertThat(plan.slowDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(FaultPlan.parse(plan.toString()).rates()).isEqualTo(plan.rates());
        assertThat(FaultPlan.parse("")).isEqualTo(FaultPlan.NONE);
        assertThatThrownBy(() -> FaultPlan.parse("meteor=0.1")).hasMessageContaining("meteor");
        assertThatThrownBy(() -> FaultPlan.parse("drop=0.7,http500=0.5")).hasMessageContaining("more than 1");
        assertThatThrownBy(() -> FaultPlan.parse("drop=lots")).hasMessageContaining("drop");
    }

    @Test
    void faultsHitAtTheConfiguredRates() {
        server.setFaults(FaultPlan.parse("errcode-1=0.2,http500=0.1,ratelimit=0.1"));
        Map<String, Integer> outcomes = new HashMap<>();
        int calls = 1000;
        for (int i = 0; i < calls; i++) {
            HttpResponse<String> response = wecom.rawGet("externalcontact/get_follow_user_list?access_token="
                    + wecom.token());
            String outcome = response.statusCode() != 200 ? "http" + response.statusCode()
                    : "errcode" + wecom.json(response.body()).path("errcode").asInt();
            outcomes.merge(outcome, 1, Integer::sum);
        }
        assertThat(outcomes.get("errcode-1")).isBetween(150, 250);
        assertThat(outcomes.get("http500")).isBetween(60, 140);
        assertThat(outcomes.get("errcode45009")).isBetween(60, 140);
        assertThat(outcomes.get("errcode0")).isBetween(520, 680);
        assertThat(server.stats().faults(Fault.SYSTEM_BUSY)).isEqualTo(outcomes.get("errcode-1").longValue());
    }

    @Test
    void theSameSeedInjectsTheSameSequenceOfFaults() throws Exception {
        String first = outcomeSequence(server);
        try (SandboxServer twin = SandboxServer.start(SandboxConfig.defaults().withContacts(100)
                .withRateLimitPerMinute(0))) {
            new WeComHttp(twin).token();
            assertThat(outcomeSequence(twin)).isEqualTo(first);
        }
    }

    private static String outcomeSequence(SandboxServer target) {
        WeComHttp client = new WeComHttp(target);
        target.setFaults(FaultPlan.parse("errcode-1=0.3,http502=0.2"));
        StringBuilder sequence = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> response = client.rawGet("department/list?access_token=" + client.token());
            sequence.append(response.statusCode() == 200 ? client.json(response.body()).path("errcode").asInt()
                    : response.statusCode()).append(',');
        }
        return sequence.toString();
    }

    @Test
    void http502IsAnHtmlGatewayPage() {
        server.setFaults(FaultPlan.parse("http502=1"));
        HttpResponse<String> response = wecom.rawGet("department/list?access_token=" + wecom.token());
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(response.body()).contains("502 Bad Gateway");
    }

    @Test
    void droppedConnectionsFailMidBody() {
        server.setFaults(FaultPlan.parse("drop=1"));
        assertThatThrownBy(() -> wecom.rawGet("department/list?access_token=" + wecom.token()))
                .isInstanceOf(UncheckedIOException.class);
        server.setFaults(FaultPlan.NONE);
        assertThat(wecom.getWithToken("department/list").path("errcode").asInt()).isZero();
    }

    @Test
    void malformedAnswersAreInvalidJson() {
        server.setFaults(FaultPlan.parse("malformed=1"));
        HttpResponse<String> response = wecom.rawGet("department/list?access_token=" + wecom.token());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> Json.newMapper().readTree(response.body()))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void slowAnswersArriveLateButComplete() throws IOException {
        server.setFaults(FaultPlan.parse("slow=1,slow-ms=300"));
        long start = System.nanoTime();
        assertThat(wecom.getWithToken("department/list").path("errcode").asInt()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void adminCallsAreNeverFaulted() {
        server.setFaults(FaultPlan.parse("http500=1"));
        assertThat(wecom.admin("/sandbox/stats", null).path("members").asInt()).isEqualTo(20);
        assertThat(wecom.admin("/sandbox/advance", Map.of("days", -1)).path("error").asText()).isNotEmpty();
    }
}
