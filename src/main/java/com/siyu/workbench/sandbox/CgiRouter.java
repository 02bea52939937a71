package com.siyu.workbench.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.siyu.workbench.sandbox.api.ApiRequest;
import com.siyu.workbench.sandbox.api.ApiResponse;
import com.siyu.workbench.sandbox.api.Endpoint;
import com.siyu.workbench.sandbox.model.ModelLock;
import com.siyu.workbench.sandbox.model.WeComError;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves /cgi-bin/: fault draw, per-minute limit, token (query string only), method, JSON body, then the endpoint.
 * Business errors are HTTP 200 with WeCom's errcode/errmsg; nothing a client sends produces a stack trace.
 */
final class CgiRouter implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CgiRouter.class);
    private static final String PREFIX = "/cgi-bin/";
    private static final int WRITE_BUFFER = 64 * 1024;

    private final Map<String, Endpoint> endpoints = new HashMap<>();
    private final SandboxClock clock;
    private final TokenStore tokens;
    private final RateLimiter rateLimiter;
    private final FaultInjector faults;
    private final RequestIds requestIds;
    private final TrafficCounters counters;
    private final ObjectMapper mapper;
    private final ErrorBodies errors;
    private final ModelLock lock;
    private final StateJournal journal;
    private final ThreadLocal<byte[]> writeBuffer = ThreadLocal.withInitial(() -> new byte[WRITE_BUFFER]);

    CgiRouter(List<Endpoint> endpoints, SandboxClock clock, TokenStore tokens, RateLimiter rateLimiter,
              FaultInjector faults, RequestIds requestIds, TrafficCounters counters, ObjectMapper mapper,
              ModelLock lock, StateJournal journal) {
        endpoints.forEach(e -> this.endpoints.put(e.path(), e));
        this.clock = clock;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.requestIds = requestIds;
        this.counters = counters;
        this.mapper = mapper;
        this.errors = new ErrorBodies(mapper);
        this.lock = lock;
        this.journal = journal;
    }

    /** Runs a recorded write again (state-file replay), without faults, limits or token. */
    void replay(String path, ObjectNode body) {
        Endpoint endpoint = endpoints.get(path);
        if (endpoint != null && endpoint.write()) {
            endpoint.handler().handle(new ApiRequest(path, Map.of(), body));
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String ip = exchange.getRemoteAddress().getAddress().getHostAddress();
            String rawPath = exchange.getRequestURI().getRawPath();
            Endpoint endpoint = rawPath.startsWith(PREFIX) ? endpoints.get(rawPath.substring(PREFIX.length())) : null;
            if (endpoint == null) {
                counters.errcode(404);
                send(exchange, 404, errors.json(404, "invalid url " + rawPath, requestIds.next(clock.now()), ip,
                        null), "application/json; charset=UTF-8");
                return;
            }
            counters.request(endpoint.path());
            Fault fault = faults.draw();
            if (fault != null) {
                counters.fault(fault);
            }
            if (fault == Fault.HTTP_500 || fault == Fault.HTTP_502) {
                int status = fault == Fault.HTTP_500 ? 500 : 502;
                send(exchange, status, ErrorBodies.gatewayPage(status), "text/html");
                return;
            }
            ApiResponse body = answer(exchange, endpoint, fault, ip);
            deliver(exchange, body, fault);
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.getMessage());
        }
    }

    private ApiResponse answer(HttpExchange exchange, Endpoint endpoint, Fault fault, String ip) {
        long now = clock.now();
        try {
            if (fault == Fault.SYSTEM_BUSY) {
                throw new WeComError(-1, "system busy");
            }
            if (fault == Fault.RATE_LIMIT || !rateLimiter.tryAcquire(endpoint.path(), now)) {
                throw new WeComError(45009, "api freq out of limit");
            }
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            if (endpoint.needsToken()) {
                checkToken(query.get("access_token"), now);
            }
            boolean post = "POST".equalsIgnoreCase(exchange.getRequestMethod());
            if (endpoint.postOnly() && !post) {
                throw new WeComError(40058, "invalid Request Parameter, this api only accepts POST");
            }
            ObjectNode body = post ? readBody(exchange.getRequestBody()) : mapper.createObjectNode();
            ApiRequest request = new ApiRequest(endpoint.path(), query, body);
            ApiResponse response = endpoint.write() ? lock.write(() -> {
                ApiResponse written = endpoint.handler().handle(request);
                journal.recordWrite(clock.baseNow(), endpoint.path(), body);
                return written;
            }) : endpoint.handler().handle(request);
            return response.chunks() != null ? response
                    : ApiResponse.chunks(List.of(mapper.writeValueAsBytes(response.json())));
        } catch (WeComError e) {
            counters.errcode(e.errcode());
            return ApiResponse.chunks(List.of(errors.json(e.errcode(), e.text(), requestIds.next(now), ip,
                    e.emptyListField())));
        } catch (IOException | RuntimeException e) {
            LOG.error("sandbox endpoint {} failed", endpoint.path(), e);
            counters.errcode(-1);
            return ApiResponse.chunks(List.of(errors.json(-1, "system error", requestIds.next(now), ip, null)));
        }
    }

    private void checkToken(String token, long now) {
        if (token == null || token.isEmpty()) {
            throw new WeComError(41001, "access_token missing");
        }
        switch (tokens.check(token, now)) {
            case UNKNOWN -> throw new WeComError(40014, "invalid access_token");
            case EXPIRED -> throw new WeComError(42001, "access_token expired");
            default -> {
            }
        }
    }

    /**
     * Parses the body straight from the stream: Jackson reads through its own recycled buffers, where collecting the
     * bytes first cost a growing array per request.
     */
    private ObjectNode readBody(InputStream in) throws IOException {
        JsonNode node;
        try {
            node = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new WeComError(47001, "data format error");
        }
        if (node == null || node.isMissingNode()) {
            return mapper.createObjectNode();
        }
        if (!node.isObject()) {
            throw new WeComError(47001, "data format error");
        }
        return (ObjectNode) node;
    }

    private void deliver(HttpExchange exchange, ApiResponse response, Fault fault) throws IOException {
        if (fault == Fault.SLOW) {
            try {
                Thread.sleep(faults.plan().slowDelay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault != Fault.MALFORMED && fault != Fault.DROP) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(200, response.length());
            writeChunks(exchange.getResponseBody(), response.chunks());
            return;
        }
        byte[] body = response.joined();
        if (fault == Fault.MALFORMED) {
            byte[] cut = java.util.Arrays.copyOf(body, Math.max(1, body.length * 3 / 5));
            send(exchange, 200, cut, "application/json; charset=UTF-8");
        } else {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body, 0, body.length / 2);
            exchange.getResponseBody().flush();
            // closing with bytes missing makes the server drop the connection mid-body
        }
    }

    /**
     * Copies the chunks through this thread's buffer: the JDK stream writes each chunk to the socket as it comes (a
     * syscall and, with no-delay on, a TCP segment per cached item otherwise). The buffer is reused so a page costs
     * no allocation beyond its list of chunks.
     */
    private void writeChunks(OutputStream out, List<byte[]> chunks) throws IOException {
        byte[] buffer = writeBuffer.get();
        int filled = 0;
        for (byte[] chunk : chunks) {
            if (filled + chunk.length > buffer.length) {
                out.write(buffer, 0, filled);
                filled = 0;
            }
            if (chunk.length > buffer.length) {
                out.write(chunk);
            } else {
                System.arraycopy(chunk, 0, buffer, filled, chunk.length);
                filled += chunk.length;
            }
        }
        out.write(buffer, 0, filled);
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                query.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                query.putIfAbsent(key, value);
            }
        }
        return query;
    }
}
