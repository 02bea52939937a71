package com.siyu.workbench.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.siyu.workbench.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A bare HTTP client for protocol tests: raw WeCom calls over loopback, no retries, no token cache. */
final class WeComHttp {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = Json.newMapper();
    private final SandboxServer server;
    private String token;

    WeComHttp(SandboxServer server) {
        this.server = server;
    }

    String token() {
        if (token == null) {
            token = get("gettoken?corpid=" + server.corpId() + "&corpsecret=" + server.secret()).path("access_token")
                    .asText();
        }
        return token;
    }

    /** GET /cgi-bin/{pathAndQuery} with the token appended. */
    JsonNode getWithToken(String pathAndQuery) {
        return get(pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "access_token=" + token());
    }

    JsonNode post(String path, Object body) {
        return json(send(HttpRequest.newBuilder(uri(path + "?access_token=" + token()))
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build()).body());
    }

    JsonNode get(String pathAndQuery) {
        return json(rawGet(pathAndQuery).body());
    }

    HttpResponse<String> rawGet(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    HttpResponse<String> rawPost(String pathAndQuery, String body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST to an admin path (/sandbox/…). */
    JsonNode admin(String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        request = body == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(write(body)));
        return json(send(request.build()).body());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String pathAndQuery) {
        return URI.create(server.baseUrl() + "/cgi-bin/" + pathAndQuery);
    }

    private String write(Object body) {
        try {
            return body instanceof String s ? s : mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
