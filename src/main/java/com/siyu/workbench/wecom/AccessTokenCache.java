package com.siyu.workbench.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's access token: reused until shortly before it expires, persisted through a {@link TokenStore} so a
 * restart does not refetch, and fetched single-flight — concurrent callers wait for the one fetch in progress and
 * share its result (or its failure).
 */
final class AccessTokenCache implements TokenProvider {
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenCache.class);
    /** WxJava refreshes 200 s early; short-lived tokens (tests, sandbox) refresh a tenth of their life early. */
    private static final long MAX_EARLY_SECONDS = 200;

    private final Supplier<JsonNode> gettoken;
    private final TokenStore store;
    private final String storeKey;
    private final Clock clock;
    private final Redactor redactor;
    private StoredToken current;
    private CompletableFuture<StoredToken> inFlight;
    private boolean storeChecked;

    AccessTokenCache(Supplier<JsonNode> gettoken, TokenStore store, String corpId, String secret, Clock clock,
                     Redactor redactor) {
        this.gettoken = gettoken;
        this.store = store;
        this.storeKey = storeKey(corpId, secret);
        this.clock = clock;
        this.redactor = redactor;
    }

    /** Identifies the app in the store without revealing the secret: SHA-256 over corp id and secret. */
    static String storeKey(String corpId, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((corpId + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** A token usable now; fetches (once, for all concurrent callers) when there is none. */
    @Override
    public String token() {
        CompletableFuture<StoredToken> wait;
        boolean leader = false;
        synchronized (this) {
            if (current != null && current.usableAt(clock.instant())) {
                return current.accessToken();
            }
            if (inFlight == null) {
                inFlight = new CompletableFuture<>();
                leader = true;
            }
            wait = inFlight;
        }
        if (leader) {
            lead(wait);
        }
        try {
            return wait.join().accessToken();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Forgets {@code rejected} (40014/42001/40001 on a call); a token fetched meanwhile by another caller stays. */
    @Override
    public synchronized void invalidate(String rejected) {
        if (current != null && current.accessToken().equals(rejected)) {
            LOG.debug("access token rejected by WeCom; dropping it");
            current = null;
            store.remove(storeKey);
        }
    }

    private void lead(CompletableFuture<StoredToken> result) {
        try {
            StoredToken token = loadOrFetch();
            synchronized (this) {
                current = token;
                inFlight = null;
            }
            result.complete(token);
        } catch (RuntimeException e) {
            synchronized (this) {
                inFlight = null;
            }
            result.completeExceptionally(e);
        }
    }

    private StoredToken loadOrFetch() {
        Instant now = clock.instant();
        if (!storeChecked) {
            storeChecked = true;
            Optional<StoredToken> saved = store.load(storeKey);
            if (saved.isPresent() && saved.get().usableAt(now)) {
                redactor.addToken(saved.get().accessToken());
                LOG.debug("reusing the stored access token");
                return saved.get();
            }
        }
        JsonNode answer = gettoken.get();
        String token = answer.path("access_token").asText("");
        long expiresIn = answer.path("expires_in").asLong(0);
        if (token.isEmpty() || expiresIn <= 0) {
            throw new WeComUnavailableException(WeComErrorKind.BAD_RESPONSE, WeComPaths.GETTOKEN,
                    WeComException.NO_ERRCODE, "gettoken answered without access_token/expires_in", null);
        }
        redactor.addToken(token);
        long early = Math.min(MAX_EARLY_SECONDS, expiresIn / 10);
        StoredToken fresh = new StoredToken(token, clock.instant().plus(Duration.ofSeconds(expiresIn - early)));
        store.save(storeKey, fresh);
        LOG.debug("fetched a new access token, usable until {}", fresh.usableUntil());
        return fresh;
    }
}
