package com.siyu.workbench.wecom;

import com.siyu.workbench.settings.WeComConnection;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one WeCom app: real WeCom and the sandbox differ only by {@code baseUrl} and credentials.
 * {@code agentId} is needed only for {@code message/send}. {@link #toString()} never prints the secret.
 */
public record WeComConfig(String baseUrl, String corpId, String secret, Long agentId, Duration connectTimeout,
                          Duration readTimeout, RetryPolicy retry, RateLimits rateLimits) {
    public static final String WECOM_BASE_URL = "https://qyapi.weixin.qq.com";

    public WeComConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(corpId, "corpId");
        Objects.requireNonNull(secret, "secret");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        retry = retry == null ? RetryPolicy.defaults() : retry;
        rateLimits = rateLimits == null ? RateLimits.defaults() : rateLimits;
    }

    /** Production defaults for the given endpoint and credentials. */
    public static WeComConfig of(String baseUrl, String corpId, String secret, Long agentId) {
        return new WeComConfig(baseUrl, corpId, secret, agentId, null, null, null, null);
    }

    /**
     * Production defaults for a saved remote connection (real WeCom or a separately started sandbox). The embedded
     * sandbox has no stored address: build its config from the running sandbox's base URL and credentials instead.
     */
    public static WeComConfig fromConnection(WeComConnection connection) {
        if (connection.mode() != WeComConnection.Mode.REMOTE || connection.corpId() == null
                || connection.secret() == null) {
            throw new IllegalArgumentException("not a complete remote WeCom connection: " + connection);
        }
        String base = connection.baseUrl() == null ? WECOM_BASE_URL : connection.baseUrl();
        Long agent = connection.agentId() == null ? null : connection.agentId().longValue();
        return of(base, connection.corpId(), connection.secret(), agent);
    }

    public WeComConfig withTimeouts(Duration connect, Duration read) {
        return new WeComConfig(baseUrl, corpId, secret, agentId, connect, read, retry, rateLimits);
    }

    public WeComConfig withRetry(RetryPolicy policy) {
        return new WeComConfig(baseUrl, corpId, secret, agentId, connectTimeout, readTimeout, policy, rateLimits);
    }

    public WeComConfig withRateLimits(RateLimits limits) {
        return new WeComConfig(baseUrl, corpId, secret, agentId, connectTimeout, readTimeout, retry, limits);
    }

    @Override
    public String toString() {
        return "WeComConfig[baseUrl=" + baseUrl + ", corpId=" + corpId + ", secret=***, agentId=" + agentId
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", retry=" + retry
                + ", rateLimits=" + rateLimits + "]";
    }
}
