package com.siyu.workbench.wecom;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one {@link WeComCall} until it succeeds or fails for good: token in the query string, rate and concurrency
 * limits before each attempt, HTTP 200 + {@code errcode} semantics, the whole body parsed before anything is
 * returned (a dropped connection or malformed JSON never yields a partial result), one token refresh on
 * 40001/40014/42001, and bounded retries with back-off on -1, 45009, 45033, 5xx, I/O failures and broken bodies.
 */
final class WeComHttp {
    private static final Logger LOG = LoggerFactory.getLogger(WeComHttp.class);
    private static final MediaType JSON_UTF8 = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final String baseUrl;
    private final ObjectMapper mapper;
    private final RetryPolicy policy;
    private final Limits limits;
    private final Redactor redactor;

    /** The pacing parts of the loop, grouped so tests can build them with a fake clock and sleeper. */
    record Limits(RateLimiter rate, ConcurrencyLimiter concurrency, Backoff backoff, Sleeper sleeper) {
    }

    WeComHttp(OkHttpClient client, String baseUrl, ObjectMapper mapper, RetryPolicy policy, Limits limits,
              Redactor redactor) {
        if (HttpUrl.parse(baseUrl + "/") == null) {
            throw new IllegalArgumentException("not an http(s) base URL: " + redactor.clean(baseUrl));
        }
        this.client = client;
        this.baseUrl = baseUrl;
        this.mapper = mapper;
        this.policy = policy;
        this.limits = limits;
        this.redactor = redactor;
    }

    /** The successful answer (errcode 0) of {@code call}; {@code tokens} is null only for gettoken itself. */
    ObjectNode execute(WeComCall call, TokenProvider tokens) {
        int attempt = 0;
        boolean tokenRefreshed = false;
        while (true) {
            attempt++;
            String token = call.withToken() ? tokens.token() : null;
            Answer answer = exchange(call, token);
            if (answer.isOk()) {
                return answer.json();
            }
            LOG.debug("WeCom {} {} attempt {}: {}", call.method(), call.path(), attempt, answer.summary());
            if (call.withToken() && answer.isTokenRejected() && !tokenRefreshed) {
                tokenRefreshed = true;
                tokens.invalidate(token);
                attempt--; // the refresh-and-retry is WeCom's protocol, not a failure: it does not use up a retry
                continue;
            }
            if (!answer.isRetryable()) {
                throw finalFailure(call, answer);
            }
            if (!call.idempotent() && answer.isAmbiguous()) {
                throw new WeComUnavailableException(WeComErrorKind.OUTCOME_UNKNOWN, call.path(), answer.errcode(),
                        answer.errmsg(), redactor.cleanCause(answer.failure()));
            }
            if (attempt >= policy.maxAttempts()) {
                LOG.info("WeCom {} gave up after {} attempts: {}", call.path(), attempt, answer.summary());
                throw exhausted(call, answer);
            }
            waitBeforeRetry(call, answer, attempt);
        }
    }

    private Answer exchange(WeComCall call, String token) {
        try {
            limits.rate().acquire(call.path());
            limits.concurrency().acquire(call.path());
        } catch (InterruptedException e) {
            throw interrupted(call, e);
        }
        try (Response response = client.newCall(request(call, token)).execute()) {
            if (response.code() != 200) {
                return Answer.httpStatus(response.code());
            }
            return parse(response.body());
        } catch (IOException e) {
            return Answer.io(e, redactor.clean(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            limits.concurrency().release(call.path());
        }
    }

    private Request request(WeComCall call, String token) {
        HttpUrl.Builder url = HttpUrl.get(baseUrl + call.path()).newBuilder();
        call.query().forEach(url::addQueryParameter);
        if (token != null) {
            url.addQueryParameter("access_token", token);
        }
        Request.Builder request = new Request.Builder().url(url.build()).header("Accept", "application/json");
        if ("POST".equals(call.method())) {
            request.post(RequestBody.create(call.body() == null ? new byte[0] : call.body(), JSON_UTF8));
        }
        return request.build();
    }

    /** Reads the whole body; an I/O failure mid-body propagates (retried), broken JSON becomes MALFORMED. */
    private Answer parse(ResponseBody body) throws IOException {
        JsonNode node;
        try (InputStream in = body.byteStream()) {
            node = mapper.readTree(in);
        } catch (JacksonException broken) {
            return Answer.malformed(broken, "malformed JSON answer: " + redactor.clean(broken.getOriginalMessage()));
        }
        if (!(node instanceof ObjectNode json)) {
            return Answer.malformed(null, "answer is not a JSON object");
        }
        JsonNode errcode = json.get("errcode");
        Integer code = errcode == null ? Integer.valueOf(0) : errcodeValue(errcode);
        if (code == null) {
            return Answer.malformed(null, "errcode is not a number");
        }
        return code == 0 ? Answer.ok(json) : Answer.errcode(json, code, redactor.clean(json.path("errmsg").asText("")));
    }

    /** An integral number, or a string holding one; null for anything else. */
    private static Integer errcodeValue(JsonNode errcode) {
        if (errcode.isIntegralNumber() && errcode.canConvertToInt()) {
            return errcode.intValue();
        }
        if (errcode.isTextual() && errcode.asText().matches("-?\\d{1,9}")) {
            return Integer.valueOf(errcode.asText());
        }
        return null;
    }

    private void waitBeforeRetry(WeComCall call, Answer answer, int attempt) {
        try {
            if (answer.isFrequencyLimit()) {
                LOG.warn("WeCom rate limit reached on {}; pausing it for {} s", call.path(),
                        policy.rateLimitWindow().toSeconds());
                limits.rate().block(call.path(), policy.rateLimitWindow());
                return; // the next acquire() waits out the block
            }
            Duration delay = limits.backoff().delay(attempt);
            LOG.debug("WeCom {} retry {} in {} ms", call.path(), attempt, delay.toMillis());
            limits.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            throw interrupted(call, e);
        }
    }

    private WeComException finalFailure(WeComCall call, Answer answer) {
        if (answer.outcome() == Answer.Outcome.HTTP_STATUS) {
            return new WeComConfigException(call.path(), WeComException.NO_ERRCODE,
                    answer.errmsg() + " (is the WeCom base URL right?)", null);
        }
        return ErrorClassifier.exception(call.path(), answer.errcode(), answer.errmsg(), !call.withToken());
    }

    private WeComException exhausted(WeComCall call, Answer answer) {
        if (answer.isFrequencyLimit() || answer.errcode() == ErrorClassifier.CONCURRENCY_LIMIT) {
            return new WeComRateLimitException(call.path(), answer.errcode(), answer.errmsg(), null);
        }
        WeComErrorKind kind = answer.outcome() == Answer.Outcome.MALFORMED
                ? WeComErrorKind.BAD_RESPONSE : WeComErrorKind.UNAVAILABLE;
        return new WeComUnavailableException(kind, call.path(), answer.errcode(), answer.errmsg(),
                redactor.cleanCause(answer.failure()));
    }

    private WeComUnavailableException interrupted(WeComCall call, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new WeComUnavailableException(WeComErrorKind.UNAVAILABLE, call.path(), WeComException.NO_ERRCODE,
                "interrupted", e);
    }
}
