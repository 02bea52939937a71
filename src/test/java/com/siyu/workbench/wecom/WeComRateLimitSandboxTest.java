package com.siyu.workbench.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client's rate limiting against the sandbox's real per-minute limit (45009 within a clock minute). Client and
 * sandbox share one clock whose time moves when the client waits, so minutes pass without real waiting.
 */
class WeComRateLimitSandboxTest {
    private static final int SANDBOX_LIMIT_PER_MINUTE = 30;
    private static final String FOLLOW_USER_LIST = "externalcontact/get_follow_user_list";

    private final SharedTime time = new SharedTime();
    private SandboxServer sandbox;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withMembers(3).withContacts(50).withClock(time)
                .withRateLimitPerMinute(SANDBOX_LIMIT_PER_MINUTE));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private WeComClient client(RateLimits limits) {
        WeComConfig config = WeComConfig.of(sandbox.baseUrl(), sandbox.corpId(), sandbox.secret(), null)
                .withRateLimits(limits);
        return new WeComClientBuilder(config).clock(time).timing(time, time).build();
    }

    @Test
    void clientSideLimiterKeepsAFullRunUnderTheServersLimit() {
        try (WeComClient client = client(new RateLimits(25, 0, 5, 0))) {
            for (int i = 0; i < 100; i++) {
                assertThat(client.getFollowUserList()).hasSize(3);
            }
        }
        assertThat(sandbox.stats().errcodes(45009)).as("the sandbox never had to refuse a call").isZero();
        assertThat(sandbox.stats().requests(FOLLOW_USER_LIST)).isEqualTo(100);
        assertThat(time.waited()).as("the client paced itself over several minutes")
                .isGreaterThan(Duration.ofMinutes(3));
    }

    @Test
    void withoutTheLimiterA45009IsWaitedOutForTheWindowAndTheCallsSucceed() {
        int calls = SANDBOX_LIMIT_PER_MINUTE + 15;
        try (WeComClient client = client(RateLimits.unlimited())) {
            for (int i = 0; i < calls; i++) {
                assertThat(client.getFollowUserList()).hasSize(3);
            }
        }
        assertThat(sandbox.stats().errcodes(45009)).isPositive();
        // the pause is measured from the 45009 answer, so the client itself sleeps a hair under the full minute
        assertThat(time.waited()).isGreaterThan(Duration.ofSeconds(59));
    }

    /** Real time plus what the client has "slept": sleeping moves the clock instead of blocking. */
    static final class SharedTime extends Clock implements Sleeper, LongSupplier {
        private final AtomicLong offsetNanos = new AtomicLong();

        @Override
        public void sleep(Duration duration) {
            offsetNanos.addAndGet(duration.toNanos());
        }

        Duration waited() {
            return Duration.ofNanos(offsetNanos.get());
        }

        @Override
        public long getAsLong() {
            return System.nanoTime() + offsetNanos.get();
        }

        @Override
        public Instant instant() {
            return Instant.now().plusNanos(offsetNanos.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
