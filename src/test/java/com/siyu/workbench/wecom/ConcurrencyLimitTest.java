package com.siyu.workbench.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** No more than the configured number of requests to one API are in flight, however many callers there are. */
class ConcurrencyLimitTest {

    @Test
    void requestsToOneApiAreCappedInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxSeen = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                    if (request.getPath().startsWith("/cgi-bin/gettoken")) {
                        return ScriptedWeCom.json("{\"errcode\":0,\"access_token\":\"T\",\"expires_in\":7200}");
                    }
                    maxSeen.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    never.await(150, TimeUnit.MILLISECONDS); // hold the request so others pile up behind it
                    inFlight.decrementAndGet();
                    return ScriptedWeCom.json("{\"errcode\":0,\"follow_user\":[\"a\"]}");
                }
            });
            server.start();
            String base = server.url("/").toString().replaceAll("/$", "");
            WeComConfig config = WeComConfig.of(base, "corp", "secret", null)
                    .withRateLimits(new RateLimits(0, 0, 1, 2)).withTimeouts(Duration.ofSeconds(2),
                            Duration.ofSeconds(5));
            try (WeComClient client = new WeComClientBuilder(config).build()) {
                client.getFollowUserList();
                maxSeen.set(0);
                List<Future<List<String>>> results = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    results.add(pool.submit(client::getFollowUserList));
                }
                for (Future<List<String>> result : results) {
                    assertThat(result.get()).containsExactly("a");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(maxSeen.get()).isEqualTo(2);
    }
}
