package com.siyu.workbench.wecom;

import static com.siyu.workbench.wecom.ScriptedWeCom.errcode;
import static com.siyu.workbench.wecom.ScriptedWeCom.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.wecom.dto.ContactWithFollow;
import com.siyu.workbench.wecom.dto.MsgTemplateRequest;
import com.siyu.workbench.wecom.dto.Page;
import com.siyu.workbench.wecom.dto.TextContent;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact fault sequences against the transport: what is retried, how long it waits, what finally surfaces. */
class WeComRetryProtocolTest {
    private static final String PAGE = "{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact_list\":["
            + "{\"external_contact\":{\"external_userid\":\"wmA\",\"name\":\"李四\",\"type\":1,\"gender\":1},"
            + "\"follow_info\":{\"userid\":\"zhangsan\",\"createtime\":1525779812,\"tag_id\":[\"et1\"],\"add_way\":1}},"
            + "{\"external_contact\":{\"external_userid\":\"wmB\",\"name\":\"王五\",\"type\":1,\"gender\":2},"
            + "\"follow_info\":{\"userid\":\"zhangsan\",\"createtime\":1525881637,\"tag_id\":[],\"add_way\":3,"
            + "\"state\":\"qr-mall\"}}],\"next_cursor\":\"NEXT\"}";

    private ClientFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new ClientFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private Page<ContactWithFollow> fetchPage() {
        return fx.client.batchGetByUser(List.of("zhangsan"), "", 100);
    }

    @Test
    void tokenGoesInTheQueryStringAndBodiesAreUtf8Json() throws Exception {
        fx.wecom.api(json(PAGE));
        Page<ContactWithFollow> page = fetchPage();

        assertThat(page.items()).extracting(c -> c.externalContact().name()).containsExactly("李四", "王五");
        assertThat(page.nextCursor()).isEqualTo("NEXT");
        var request = fx.wecom.apiRequests().get(0);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getRequestUrl().queryParameter("access_token")).isEqualTo(fx.wecom.tokenNumber(1));
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.getBody().readUtf8())
                .isEqualTo("{\"userid_list\":[\"zhangsan\"],\"cursor\":\"\",\"limit\":100}");
    }

    @Test
    void systemBusyTwiceThenSuccessIsRetriedWithGrowingBackoff() {
        fx.wecom.api(errcode(-1, "system busy"), errcode(-1, "system busy"), json(PAGE));

        assertThat(fetchPage().items()).hasSize(2);
        assertThat(fx.wecom.apiRequests()).hasSize(3);
        // jitter fixed at 0.5: half + half of the rest of 500 ms, then of 1 s
        assertThat(fx.time.sleeps()).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750));
    }

    @Test
    void systemBusyThroughEveryAttemptSurfacesAsUnavailable() {
        for (int i = 0; i < 4; i++) {
            fx.wecom.api(errcode(-1, "system busy"));
        }
        assertThatThrownBy(this::fetchPage).isInstanceOfSatisfying(WeComUnavailableException.class, e -> {
            assertThat(e.errcode()).isEqualTo(-1);
            assertThat(e.kind()).isEqualTo(WeComErrorKind.UNAVAILABLE);
            assertThat(e.path()).isEqualTo("/cgi-bin/externalcontact/batch/get_by_user");
        });
        assertThat(fx.wecom.apiRequests()).hasSize(RetryPolicy.defaults().maxAttempts());
    }

    @Test
    void frequencyLimitPausesTheApiForTheWholeWindowThenRetries() {
        fx.wecom.api(errcode(45009, "api freq out of limit"), json(PAGE));

        assertThat(fetchPage().items()).hasSize(2);
        assertThat(fx.time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void frequencyLimitThatNeverLiftsEndsAsRateLimitError() {
        for (int i = 0; i < 4; i++) {
            fx.wecom.api(errcode(45009, "api freq out of limit"));
        }
        assertThatThrownBy(this::fetchPage).isInstanceOf(WeComRateLimitException.class)
                .extracting(e -> ((WeComException) e).messageKey()).isEqualTo("wecom.error.rateLimit");
        assertThat(fx.wecom.apiRequests()).hasSize(4);
    }

    @Test
    void concurrencyLimitBacksOffShortlyAndRetries() {
        fx.wecom.api(errcode(45033, "api concurrent out of limit"), json(PAGE));

        assertThat(fetchPage().items()).hasSize(2);
        assertThat(fx.time.slept()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void serverErrorsAreRetriedAndPersistentOnesMeanUnavailable() {
        fx.wecom.api(new MockResponse().setResponseCode(500), new MockResponse().setResponseCode(502), json(PAGE));
        assertThat(fetchPage().items()).hasSize(2);

        for (int i = 0; i < 4; i++) {
            fx.wecom.api(new MockResponse().setResponseCode(503));
        }
        assertThatThrownBy(this::fetchPage).isInstanceOfSatisfying(WeComUnavailableException.class,
                e -> assertThat(e.errmsg()).isEqualTo("HTTP 503"));
    }

    @Test
    void bodyCutMidStreamIsRetriedAndNeverYieldsAPartialPage() {
        fx.wecom.api(json(PAGE).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY), json(PAGE));

        Page<ContactWithFollow> page = fetchPage();
        assertThat(page.items()).extracting(c -> c.externalContact().externalUserid()).containsExactly("wmA", "wmB");
        assertThat(fx.wecom.apiRequests()).hasSize(2);
    }

    @Test
    void bodyCutEveryTimeFailsWithoutAResult() {
        for (int i = 0; i < 4; i++) {
            fx.wecom.api(json(PAGE).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        }
        assertThatThrownBy(this::fetchPage).isInstanceOf(WeComUnavailableException.class);
    }

    @Test
    void malformedJsonIsRetriedThenReportedClearly() {
        String truncated = PAGE.substring(0, PAGE.length() / 2);
        fx.wecom.api(json(truncated), json(PAGE));
        assertThat(fetchPage().items()).hasSize(2);

        for (int i = 0; i < 4; i++) {
            fx.wecom.api(json(i % 2 == 0 ? truncated : PAGE + "garbage"));
        }
        assertThatThrownBy(this::fetchPage).isInstanceOfSatisfying(WeComUnavailableException.class, e -> {
            assertThat(e.kind()).isEqualTo(WeComErrorKind.BAD_RESPONSE);
            assertThat(e.messageKey()).isEqualTo("wecom.error.badResponse");
            assertThat(e.getMessage()).contains("malformed JSON");
        });
    }

    @Test
    void errcodeMustBeANumberOrANumericString() {
        fx.wecom.api(json("{\"errcode\":\"oops\",\"errmsg\":\"?\"}"), json("[1,2]"),
                json("{\"errcode\":\"0\",\"errmsg\":\"ok\",\"follow_user\":[\"a\"]}"));
        assertThat(fx.client.getFollowUserList()).containsExactly("a");
        assertThat(fx.wecom.apiRequests()).hasSize(3);
    }

    @Test
    void answerOfTheWrongShapeIsABadResponseNotAHalfFilledObject() {
        fx.wecom.api(json("{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact_list\":{\"oops\":1}}"));
        assertThatThrownBy(this::fetchPage).isInstanceOfSatisfying(WeComUnavailableException.class,
                e -> assertThat(e.kind()).isEqualTo(WeComErrorKind.BAD_RESPONSE));
    }

    @Test
    void readTimeoutsAreRetriedThenMeanUnavailable() throws Exception {
        fx.close();
        fx = new ClientFixture(new InMemoryTokenStore(),
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(60)),
                Duration.ofMillis(300));
        fx.client.getFollowUserList(); // token first, so only the API call times out
        fx.wecom.api(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE),
                new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        assertThatThrownBy(() -> fx.client.getFollowUserList())
                .isInstanceOfSatisfying(WeComUnavailableException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WeComErrorKind.UNAVAILABLE);
                    assertThat(e.errmsg()).contains("SocketTimeoutException");
                });
        assertThat(fx.wecom.apiRequests()).hasSize(3);
    }

    @Test
    void creatingWriteIsNotResentAfterAnAmbiguousFailure() {
        fx.wecom.api(new MockResponse().setResponseCode(500));
        MsgTemplateRequest task = MsgTemplateRequest.single("zhangsan", List.of("wmA"), new TextContent("您好"), null);

        assertThatThrownBy(() -> fx.client.addMsgTemplate(task))
                .isInstanceOfSatisfying(WeComUnavailableException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThat(fx.wecom.apiRequests()).hasSize(1);
    }

    @Test
    void creatingWriteIsRetriedWhenWeComSaysItDidNothing() {
        fx.wecom.api(errcode(-1, "system busy"), json("{\"errcode\":0,\"errmsg\":\"ok\",\"fail_list\":[],"
                + "\"msgid\":\"msgAAA\"}"));
        MsgTemplateRequest task = MsgTemplateRequest.single("zhangsan", List.of("wmA"), new TextContent("您好"), null);

        assertThat(fx.client.addMsgTemplate(task).msgid()).isEqualTo("msgAAA");
        assertThat(fx.wecom.apiRequests()).hasSize(2);
    }

    @Test
    void genericPostSendsTheStoredBodyVerbatimAndReturnsTheAnswer() throws Exception {
        fx.wecom.api(json("{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"msgT1\"}"));
        var body = WeComClient.newMapper().readTree("{\"text\":{\"content\":\"欢迎 %NICKNAME%\"}}");

        var answer = fx.client.post("/cgi-bin/externalcontact/group_welcome_template/add", body);
        assertThat(answer.path("template_id").asText()).isEqualTo("msgT1");
        var request = fx.wecom.apiRequests().get(0);
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/cgi-bin/externalcontact/group_welcome_template/add");
        assertThat(request.getBody().readUtf8()).isEqualTo("{\"text\":{\"content\":\"欢迎 %NICKNAME%\"}}");
    }

    @Test
    void businessErrorsBecomeTypedExceptionsWithoutRetry() {
        fx.wecom.api(errcode(40096, "invalid external userid"));
        assertThatThrownBy(() -> fx.client.getContact("wmX", null)).isInstanceOf(WeComInvalidItemException.class);
        fx.wecom.api(errcode(84061, "not external contact"));
        assertThatThrownBy(() -> fx.client.getContact("wmX", null)).isInstanceOf(WeComRelationNotFoundException.class);
        fx.wecom.api(json("{\"errcode\":84061,\"errmsg\":\"not external contact\",\"external_userid\":[]}"));
        assertThat(fx.client.listExternalContacts("lonely")).isEmpty();
        fx.wecom.api(errcode(60011, "no privilege"));
        assertThatThrownBy(() -> fx.client.getContact("wmX", null))
                .isInstanceOfSatisfying(WeComException.class, e -> assertThat(e.kind())
                        .isEqualTo(WeComErrorKind.NO_PRIVILEGE));
        assertThat(fx.wecom.apiRequests()).hasSize(4);
        assertThat(fx.time.sleeps()).isEmpty();
    }

    @Test
    void wrongBaseUrlIsAConfigurationErrorNotARetryLoop() {
        fx.wecom.api(new MockResponse().setResponseCode(404));
        assertThatThrownBy(() -> fx.client.getFollowUserList()).isInstanceOf(WeComConfigException.class);
        assertThat(fx.wecom.apiRequests()).hasSize(1);
    }
}
