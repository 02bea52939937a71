package com.siyu.workbench.wecom;

import java.io.IOException;
import java.time.Duration;
import okhttp3.mockwebserver.MockWebServer;

/** A client wired to a scripted MockWebServer with fake time; close it after the test. */
final class ClientFixture implements AutoCloseable {
    static final String CORP_ID = "ww0123456789abcdef";
    static final String SECRET = "S3cr3t-Corp-Secret-Value-XYZ-0987654321";

    final MockWebServer server = new MockWebServer();
    final ScriptedWeCom wecom = new ScriptedWeCom();
    final FakeTime time = new FakeTime();
    final TokenStore tokenStore;
    final WeComClient client;

    ClientFixture() throws IOException {
        this(new InMemoryTokenStore(), RetryPolicy.defaults(), Duration.ofSeconds(5));
    }

    ClientFixture(TokenStore tokenStore, RetryPolicy retry, Duration readTimeout) throws IOException {
        server.setDispatcher(wecom);
        server.start();
        this.tokenStore = tokenStore;
        this.client = newClient(retry, readTimeout);
    }

    WeComClient newClient(RetryPolicy retry, Duration readTimeout) {
        WeComConfig config = WeComConfig.of(baseUrl(), CORP_ID, SECRET, 1000002L)
                .withRetry(retry).withTimeouts(Duration.ofSeconds(2), readTimeout);
        return new WeComClientBuilder(config).tokenStore(tokenStore).clock(time).timing(time, time)
                .jitter(() -> 0.5).build();
    }

    String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.shutdown();
    }
}
