package com.siyu.workbench.wecom;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;

/**
 * Builds a {@link WeComClient}. Production needs only the config and a token store; tests swap in a fake clock and
 * sleeper so back-offs and rate-limit waits take no real time and can be asserted.
 */
public final class WeComClientBuilder {
    private final WeComConfig config;
    private TokenStore tokenStore = new InMemoryTokenStore();
    private Clock clock = Clock.systemUTC();
    private LongSupplier nanoClock = System::nanoTime;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    public WeComClientBuilder(WeComConfig config) {
        this.config = config;
    }

    public WeComClientBuilder tokenStore(TokenStore store) {
        this.tokenStore = store;
        return this;
    }

    /** Wall clock for token expiry. */
    public WeComClientBuilder clock(Clock value) {
        this.clock = value;
        return this;
    }

    /** Monotonic nanoseconds for the rate limiter, and how waiting is done. */
    public WeComClientBuilder timing(LongSupplier nanos, Sleeper waits) {
        this.nanoClock = nanos;
        this.sleeper = waits;
        return this;
    }

    /** The source of back-off jitter, a value in [0, 1). */
    public WeComClientBuilder jitter(DoubleSupplier value) {
        this.random = value;
        return this;
    }

    public WeComClient build() {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                // OkHttp would silently resend a POST whose answer was lost; the retry loop decides instead
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
        Redactor redactor = new Redactor(config.secret());
        RateLimits limits = config.rateLimits();
        WeComHttp.Limits pacing = new WeComHttp.Limits(new RateLimiter(limits, nanoClock, sleeper),
                new ConcurrencyLimiter(limits.maxConcurrentPerApi()), new Backoff(config.retry(), random), sleeper);
        WeComHttp transport = new WeComHttp(http, config.baseUrl(), WeComClient.newMapper(), config.retry(), pacing,
                redactor);
        WeComCall gettoken = new WeComCall("GET", WeComPaths.GETTOKEN,
                java.util.Map.of("corpid", config.corpId(), "corpsecret", config.secret()), null, false, true);
        AccessTokenCache tokens = new AccessTokenCache(() -> transport.execute(gettoken, null), tokenStore,
                config.corpId(), config.secret(), clock, redactor);
        return new WeComClient(http, new ApiCaller(transport, tokens, WeComClient.newMapper()), config.agentId());
    }
}
