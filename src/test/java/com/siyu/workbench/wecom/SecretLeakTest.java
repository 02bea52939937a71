package com.siyu.workbench.wecom;

import static com.siyu.workbench.wecom.ScriptedWeCom.errcode;
import static com.siyu.workbench.wecom.ScriptedWeCom.json;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Drives the client through its failure paths with every log level on and checks that neither the corp secret nor
 * an access token appears in any log line, exception message, cause, stack trace text or toString.
 */
class SecretLeakTest {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<Logger> loggers = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private ClientFixture fx;

    @BeforeEach
    void capture() throws Exception {
        appender.start();
        for (String name : List.of("com.siyu.workbench.wecom", "okhttp3")) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            logger.setLevel(Level.TRACE);
            logger.setAdditive(false);
            logger.addAppender(appender);
            loggers.add(logger);
        }
        fx = new ClientFixture(new InMemoryTokenStore(),
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(60)),
                Duration.ofMillis(300));
    }

    @AfterEach
    void release() throws Exception {
        fx.close();
        for (Logger logger : loggers) {
            logger.detachAppender(appender);
            logger.setLevel(null);
            logger.setAdditive(true);
        }
    }

    @Test
    void noSecretOrTokenInLogsOrExceptions() {
        String token = fx.wecom.tokenNumber(1);
        fx.client.getFollowUserList();

        // errmsg that echoes the request URL and the credentials
        fx.wecom.api(errcode(40058, "bad request to /cgi-bin/x?access_token=" + token + "&corpsecret="
                + ClientFixture.SECRET + " token " + token));
        attempt(() -> fx.client.getFollowUserList());
        // malformed bodies whose parser message quotes the token
        fx.wecom.api(json("{\"errcode\":0,\"follow_user\":[" + token + "]}"),
                json("{\"errcode\":0,\"follow_user\":[" + token + "]}"));
        attempt(() -> fx.client.getFollowUserList());
        // dropped connections, server errors and timeouts
        fx.wecom.api(new MockResponse().setBody("{\"errcode\":0}").setSocketPolicy(
                        SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY),
                new MockResponse().setResponseCode(502));
        attempt(() -> fx.client.getFollowUserList());
        fx.wecom.api(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE),
                new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        attempt(() -> fx.client.getFollowUserList());
        // a rejected token, refreshed, rejected again
        fx.wecom.api(errcode(42001, "access_token expired " + token), errcode(40014, "invalid " + token));
        attempt(() -> fx.client.getFollowUserList());
        // gettoken failing with the secret echoed back
        fx.wecom.api(errcode(42001, "expired"));
        fx.wecom.token(errcode(40001, "invalid credential corpsecret=" + ClientFixture.SECRET));
        attempt(() -> fx.client.getFollowUserList());
        texts.add(new WeComConfig(fx.baseUrl(), ClientFixture.CORP_ID, ClientFixture.SECRET, 1L, null, null, null,
                null).toString());
        texts.add(new StoredToken(token, java.time.Instant.EPOCH).toString());
        for (ILoggingEvent event : appender.list) {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }

        assertThat(texts.stream().filter(t -> t.startsWith("WeCom ")).count()).as("failures observed")
                .isGreaterThanOrEqualTo(6);
        List<String> secrets = List.of(ClientFixture.SECRET, token, fx.wecom.tokenNumber(2), fx.wecom.tokenNumber(3));
        for (String text : texts) {
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
            assertThat(text).doesNotContainPattern("access_token=[^*]");
        }
    }

    private void attempt(Runnable call) {
        try {
            call.run();
            texts.add("no failure");
        } catch (WeComException e) {
            texts.add(e.getMessage());
            texts.add(e.toString());
            texts.add(e.errmsg());
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            texts.add(trace.toString());
        }
    }
}
