package com.siyu.workbench.wecom;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer dispatcher for exact fault sequences: gettoken answers from its own script (default: a fresh
 * token "TOKEN-n" valid 7200 s), every other path from the API script in order (default: errcode 0).
 */
final class ScriptedWeCom extends Dispatcher {
    private final Deque<MockResponse> tokenScript = new ArrayDeque<>();
    private final Deque<MockResponse> apiScript = new ArrayDeque<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<RecordedRequest> apiRequests = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile long tokenDelayMillis;

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8").setBody(body);
    }

    static MockResponse errcode(int code, String msg) {
        return json("{\"errcode\":" + code + ",\"errmsg\":\"" + msg + "\"}");
    }

    synchronized ScriptedWeCom token(MockResponse response) {
        tokenScript.add(response);
        return this;
    }

    synchronized ScriptedWeCom api(MockResponse... responses) {
        apiScript.addAll(List.of(responses));
        return this;
    }

    ScriptedWeCom tokenDelay(long millis) {
        tokenDelayMillis = millis;
        return this;
    }

    String tokenNumber(int n) {
        return "TOKEN-" + n + "-a1b2c3d4e5f6";
    }

    int tokenCalls() {
        return tokenRequests.size();
    }

    List<RecordedRequest> apiRequests() {
        return apiRequests;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (request.getRequestUrl().encodedPath().equals("/cgi-bin/gettoken")) {
            tokenRequests.add(request);
            return nextToken();
        }
        apiRequests.add(request);
        synchronized (this) {
            MockResponse next = apiScript.poll();
            return next != null ? next : errcode(0, "ok");
        }
    }

    private MockResponse nextToken() {
        MockResponse scripted;
        synchronized (this) {
            scripted = tokenScript.poll();
        }
        if (scripted != null) {
            return scripted;
        }
        String token = tokenNumber(tokensIssued.incrementAndGet());
        MockResponse fresh = json("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + token
                + "\",\"expires_in\":7200}");
        return tokenDelayMillis > 0
                ? fresh.setHeadersDelay(tokenDelayMillis, java.util.concurrent.TimeUnit.MILLISECONDS) : fresh;
    }
}
