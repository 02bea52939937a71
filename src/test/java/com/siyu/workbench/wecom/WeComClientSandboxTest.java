package com.siyu.workbench.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.sandbox.Fault;
import com.siyu.workbench.sandbox.FaultPlan;
import com.siyu.workbench.sandbox.SandboxConfig;
import com.siyu.workbench.sandbox.SandboxServer;
import com.siyu.workbench.wecom.dto.ContactWithFollow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real client against the real sandbox over loopback: full cursor paging of 10 000+ customers, token expiry,
 * and the sandbox's injected faults (busy, 5xx, rate limit, dropped connections, malformed JSON).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeComClientSandboxTest {
    private static final int CONTACTS = 10_500;
    /** Short waits so the fault tests run in seconds; the protocol is the same as production. */
    private static final RetryPolicy FAST_RETRY = new RetryPolicy(12, Duration.ofMillis(5), Duration.ofMillis(40),
            Duration.ofMillis(50));

    private final SandboxTime sandboxTime = new SandboxTime();
    private SandboxServer sandbox;
    private Set<String> referencePairs;

    @BeforeAll
    void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withSeed(11).withMembers(24).withContacts(CONTACTS)
                .withClock(sandboxTime));
    }

    @AfterAll
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private WeComClient client() {
        WeComConfig config = WeComConfig.of(sandbox.baseUrl(), sandbox.corpId(), sandbox.secret(), null)
                .withRetry(FAST_RETRY).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1));
        return new WeComClientBuilder(config).build();
    }

    /** (external_userid, follower) pairs of every member, from per-member externalcontact/list. */
    private synchronized Set<String> referencePairs(WeComClient client) {
        if (referencePairs == null) {
            Set<String> pairs = new HashSet<>();
            for (String userid : client.getFollowUserList()) {
                for (String externalUserid : client.listExternalContacts(userid)) {
                    pairs.add(externalUserid + "|" + userid);
                }
            }
            referencePairs = pairs;
        }
        return referencePairs;
    }

    private static Set<String> pagedPairs(WeComClient client, List<String> members, AtomicLong seen) {
        Set<String> pairs = new HashSet<>();
        try (var stream = client.streamContactsByUser(members)) {
            stream.forEach(item -> {
                seen.incrementAndGet();
                pairs.add(pairKey(item));
            });
        }
        return pairs;
    }

    private static String pairKey(ContactWithFollow item) {
        return item.externalContact().externalUserid() + "|" + item.followInfo().userid();
    }

    @Test
    void cursorPagingOverTenThousandCustomersHasNoDuplicatesAndNoneMissing() {
        try (WeComClient client = client()) {
            List<String> members = client.getFollowUserList();
            AtomicLong seen = new AtomicLong();
            Set<String> pairs = pagedPairs(client, members, seen);

            assertThat(seen.get()).as("no pair delivered twice").isEqualTo(pairs.size());
            assertThat(pairs).as("same pairs as per-member list").isEqualTo(referencePairs(client));
            Set<String> customers = new HashSet<>();
            pairs.forEach(p -> customers.add(p.substring(0, p.indexOf('|'))));
            assertThat(customers.size()).isGreaterThanOrEqualTo(10_000);
        }
    }

    @Test
    void pagingUnderInjectedFaultsStillDeliversExactlyTheSameCustomers() {
        try (WeComClient client = client()) {
            List<String> members = client.getFollowUserList();
            Set<String> expected = referencePairs(client);
            sandbox.setFaults(FaultPlan.parse("errcode-1=0.05,http500=0.05,http502=0.03,ratelimit=0.1,drop=0.05,"
                    + "malformed=0.05"));
            try {
                AtomicLong seen = new AtomicLong();
                Set<String> pairs = pagedPairs(client, members, seen);
                assertThat(seen.get()).isEqualTo(pairs.size());
                assertThat(pairs).isEqualTo(expected);
            } finally {
                sandbox.setFaults(FaultPlan.NONE);
            }
            var stats = sandbox.stats();
            assertThat(stats.faults(Fault.SYSTEM_BUSY)).as("-1 was injected and retried").isPositive();
            assertThat(stats.faults(Fault.RATE_LIMIT)).as("45009 was injected and waited out").isPositive();
            assertThat(stats.faults(Fault.DROP)).as("connections were dropped mid-body").isPositive();
            assertThat(stats.faults(Fault.MALFORMED)).as("malformed JSON was served").isPositive();
        }
    }

    @Test
    void tokenExpiredOnTheServerIsRefreshedTransparently() {
        try (WeComClient client = client()) {
            client.getFollowUserList();
            int issuedBefore = sandbox.stats().tokensIssued();
            sandboxTime.advance(Duration.ofHours(3)); // past the 7200 s TTL on the sandbox only

            assertThat(client.getFollowUserList()).isNotEmpty();
            assertThat(sandbox.stats().tokensIssued()).isEqualTo(issuedBefore + 1);
            assertThat(sandbox.stats().errcodes(42001)).isPositive();
        }
    }

    @Test
    void shortLivedTokenIsRenewedBeforeTheServerWouldRejectIt() throws Exception {
        SandboxTime shared = new SandboxTime();
        try (SandboxServer small = SandboxServer.start(SandboxConfig.defaults().withMembers(2).withContacts(10)
                .withTokenTtl(Duration.ofSeconds(60)).withClock(shared));
             WeComClient client = new WeComClientBuilder(WeComConfig.of(small.baseUrl(), small.corpId(),
                     small.secret(), null)).clock(shared).build()) {
            client.getFollowUserList();
            shared.advance(Duration.ofSeconds(50));
            client.getFollowUserList();
            assertThat(small.stats().tokensIssued()).as("50 s into a 60 s token: still good").isEqualTo(1);

            shared.advance(Duration.ofSeconds(5));
            client.getFollowUserList();
            shared.advance(Duration.ofSeconds(10));
            client.getFollowUserList();
            assertThat(small.stats().tokensIssued()).isEqualTo(2);
            assertThat(small.stats().errcodes(42001)).as("renewed ahead of expiry, never rejected").isZero();
        }
    }

    @Test
    void persistentMalformedAnswersFailClearlyAndDropsMeanUnavailable() {
        try (WeComClient client = client()) {
            List<String> members = client.getFollowUserList();
            sandbox.setFaults(FaultPlan.parse("malformed=1"));
            try {
                assertThatThrownBy(() -> client.batchGetByUser(members.subList(0, 1), "", 100))
                        .isInstanceOfSatisfying(WeComUnavailableException.class,
                                e -> assertThat(e.kind()).isEqualTo(WeComErrorKind.BAD_RESPONSE));
                sandbox.setFaults(FaultPlan.parse("drop=1"));
                assertThatThrownBy(() -> client.batchGetByUser(members.subList(0, 1), "", 100))
                        .isInstanceOf(WeComUnavailableException.class);
            } finally {
                sandbox.setFaults(FaultPlan.NONE);
            }
            assertThat(client.batchGetByUser(members.subList(0, 1), "", 100).items()).isNotEmpty();
        }
    }

    /** The sandbox's clock: real time plus whatever a test advanced. */
    static final class SandboxTime extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.updateAndGet(d -> d.plus(by));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
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
