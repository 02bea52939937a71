package com.siyu.workbench.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The client-side limiter paces requests per API and overall, and honours a 45009 block. */
class RateLimiterTest {
    private final FakeTime time = new FakeTime();

    @Test
    void perApiBucketAllowsTheBurstThenPacesAtTheRate() throws Exception {
        RateLimiter limiter = new RateLimiter(new RateLimits(60, 0, 3, 0), time, time);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("/cgi-bin/a");
        }
        assertThat(time.sleeps()).isEmpty();

        limiter.acquire("/cgi-bin/a");
        limiter.acquire("/cgi-bin/a");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));

        limiter.acquire("/cgi-bin/b");
        assertThat(time.sleeps()).as("another API has its own bucket").hasSize(2);
    }

    @Test
    void globalBucketPacesAllApisTogether() throws Exception {
        RateLimiter limiter = new RateLimiter(new RateLimits(0, 120, 1, 0), time, time);
        limiter.acquire("/cgi-bin/a");
        limiter.acquire("/cgi-bin/b");
        limiter.acquire("/cgi-bin/c");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
    }

    @Test
    void sustainedRateStaysUnderTheLimit() throws Exception {
        RateLimiter limiter = new RateLimiter(new RateLimits(6000, 12000, 50, 0), time, time);
        for (int i = 0; i < 12_000; i++) {
            limiter.acquire("/cgi-bin/externalcontact/batch/get_by_user");
        }
        // 12 000 requests at 6 000/min with a burst of 50 need at least ~2 minutes
        assertThat(Duration.ofNanos(time.getAsLong())).isGreaterThan(Duration.ofSeconds(119));
    }

    @Test
    void blockAfterFrequencyLimitHoldsThatApiOnly() throws Exception {
        RateLimiter limiter = new RateLimiter(RateLimits.unlimited(), time, time);
        limiter.block("/cgi-bin/a", Duration.ofSeconds(60));
        limiter.acquire("/cgi-bin/b");
        assertThat(time.sleeps()).isEmpty();
        limiter.acquire("/cgi-bin/a");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(60));
        limiter.acquire("/cgi-bin/a");
        assertThat(time.sleeps()).hasSize(1);
    }
}
