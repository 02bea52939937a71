package com.siyu.workbench.wecom;

import static com.siyu.workbench.wecom.ScriptedWeCom.errcode;
import static com.siyu.workbench.wecom.ScriptedWeCom.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siyu.workbench.settings.JdbcSettingsRepository;
import com.siyu.workbench.settings.SecretVault;
import com.siyu.workbench.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access token: reuse, expiry, refresh-once on rejection, single-flight fetching and encrypted persistence. */
class AccessTokenTest {

    @Test
    void oneTokenServesManyCallsUntilShortlyBeforeItExpires() throws Exception {
        try (ClientFixture fx = new ClientFixture()) {
            fx.client.getFollowUserList();
            fx.client.getFollowUserList();
            assertThat(fx.wecom.tokenCalls()).isEqualTo(1);

            fx.time.advance(Duration.ofSeconds(7200 - 200 - 1));
            fx.client.getFollowUserList();
            assertThat(fx.wecom.tokenCalls()).as("still inside expires_in - 200 s").isEqualTo(1);

            fx.time.advance(Duration.ofSeconds(2));
            fx.client.getFollowUserList();
            assertThat(fx.wecom.tokenCalls()).isEqualTo(2);
            assertThat(fx.wecom.apiRequests().get(3).getRequestUrl().queryParameter("access_token"))
                    .isEqualTo(fx.wecom.tokenNumber(2));
        }
    }

    @Test
    void shortLivedTokensRefreshATenthOfTheirLifeEarly() throws Exception {
        try (ClientFixture fx = new ClientFixture()) {
            fx.wecom.token(json("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"SHORT-1\",\"expires_in\":60}"));
            fx.client.getFollowUserList();
            fx.time.advance(Duration.ofSeconds(53));
            fx.client.getFollowUserList();
            assertThat(fx.wecom.tokenCalls()).isEqualTo(1);
            fx.time.advance(Duration.ofSeconds(2));
            fx.client.getFollowUserList();
            assertThat(fx.wecom.tokenCalls()).isEqualTo(2);
        }
    }

    @Test
    void expiredTokenIsDroppedRefetchedAndTheCallRetriedOnce() throws Exception {
        try (ClientFixture fx = new ClientFixture()) {
            fx.wecom.api(errcode(42001, "access_token expired"),
                    json("{\"errcode\":0,\"errmsg\":\"ok\",\"follow_user\":[\"zhangsan\"]}"));

            assertThat(fx.client.getFollowUserList()).containsExactly("zhangsan");
            assertThat(fx.wecom.tokenCalls()).isEqualTo(2);
            assertThat(fx.wecom.apiRequests()).extracting(r -> r.getRequestUrl().queryParameter("access_token"))
                    .containsExactly(fx.wecom.tokenNumber(1), fx.wecom.tokenNumber(2));
            assertThat(fx.time.sleeps()).as("a refresh is not a back-off").isEmpty();
        }
    }

    @Test
    void tokenRejectedAgainAfterTheRefreshFailsInsteadOfLooping() throws Exception {
        try (ClientFixture fx = new ClientFixture()) {
            fx.wecom.api(errcode(40014, "invalid access_token"), errcode(40014, "invalid access_token"),
                    errcode(40014, "invalid access_token"));

            assertThatThrownBy(fx.client::getFollowUserList).isInstanceOf(WeComTokenException.class);
            assertThat(fx.wecom.tokenCalls()).isEqualTo(2);
            assertThat(fx.wecom.apiRequests()).hasSize(2);
        }
    }

    @Test
    void wrongSecretAtGettokenIsAConfigErrorAndNotRetried() throws Exception {
        try (ClientFixture fx = new ClientFixture()) {
            fx.wecom.token(errcode(40001, "invalid credential"));

            assertThatThrownBy(fx.client::getFollowUserList).isInstanceOfSatisfying(WeComConfigException.class, e -> {
                assertThat(e.errcode()).isEqualTo(40001);
                assertThat(e.messageKey()).isEqualTo("wecom.error.config");
            });
            assertThat(fx.wecom.tokenCalls()).isEqualTo(1);
            assertThat(fx.wecom.apiRequests()).isEmpty();
        }
    }

    @Test
    void concurrentCallersShareOneTokenFetch() throws Exception {
        int callers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (ClientFixture fx = new ClientFixture()) {
            fx.wecom.tokenDelay(300);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return fx.client.getFollowUserList();
                }));
            }
            go.countDown();
            for (Future<List<String>> result : results) {
                result.get();
            }
            assertThat(fx.wecom.tokenCalls()).isEqualTo(1);
            assertThat(fx.wecom.apiRequests()).hasSize(callers)
                    .allSatisfy(r -> assertThat(r.getRequestUrl().queryParameter("access_token"))
                            .isEqualTo(fx.wecom.tokenNumber(1)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentCallersShareTheFetchFailureToo() throws Exception {
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (ClientFixture fx = new ClientFixture()) {
            fx.wecom.token(errcode(40013, "invalid corpid").setHeadersDelay(300,
                    java.util.concurrent.TimeUnit.MILLISECONDS));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return fx.client.getFollowUserList();
                }));
            }
            go.countDown();
            int configErrors = 0;
            for (Future<?> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    configErrors += e.getCause() instanceof WeComConfigException ? 1 : 0;
                }
            }
            assertThat(configErrors).isEqualTo(callers);
            assertThat(fx.wecom.tokenCalls()).as("late callers may fetch again, but never one per caller")
                    .isLessThan(callers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tokenPersistsEncryptedSoARestartDoesNotRefetch(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("wb.db"))) {
            SecretVault vault = SecretVault.open(dir.resolve("vault.key"));
            JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
            try (ClientFixture fx = new ClientFixture(new SettingsTokenStore(settings, vault),
                    RetryPolicy.defaults(), Duration.ofSeconds(5))) {
                fx.client.getFollowUserList();
                try (WeComClient restarted = fx.newClient(RetryPolicy.defaults(), Duration.ofSeconds(5))) {
                    restarted.getFollowUserList();
                }
                assertThat(fx.wecom.tokenCalls()).isEqualTo(1);

                String key = AccessTokenCache.storeKey(ClientFixture.CORP_ID, ClientFixture.SECRET);
                Optional<String> raw = settings.get("cache.wecom.accessToken." + key);
                assertThat(raw).isPresent();
                assertThat(raw.get()).doesNotContain(fx.wecom.tokenNumber(1)).startsWith("v1:");
                assertThat(key).doesNotContain(ClientFixture.SECRET);
                assertThat(allSettings(db)).noneMatch(v -> v.contains(ClientFixture.SECRET)
                        || v.contains(fx.wecom.tokenNumber(1)));
            }
        }
    }

    @Test
    void storedTokenThatNoLongerDecryptsIsIgnored(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve("wb.db"))) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
            new SettingsTokenStore(settings, SecretVault.ephemeral()).save("k",
                    new StoredToken("OLD", java.time.Instant.parse("2099-01-01T00:00:00Z")));
            SettingsTokenStore otherKey = new SettingsTokenStore(settings, SecretVault.ephemeral());
            assertThat(otherKey.load("k")).isEmpty();
        }
    }

    private static List<String> allSettings(Database db) {
        return db.read(c -> com.siyu.workbench.store.Sql.query(c, "SELECT key || '=' || value FROM settings",
                rs -> rs.getString(1)));
    }
}
