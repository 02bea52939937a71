package com.siyu.workbench.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin endpoints outside /cgi-bin/ (JSON in and out, no token: the sandbox listens on loopback only):
 * POST /sandbox/advance, POST /sandbox/expire-tokens, POST /sandbox/confirm-sends, GET /sandbox/stats.
 */
final class AdminHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);

    private final SandboxServer server;
    private final ObjectMapper mapper;

    AdminHandler(SandboxServer server, ObjectMapper mapper) {
        this.server = server;
        this.mapper = mapper;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean post = "POST".equalsIgnoreCase(exchange.getRequestMethod());
            byte[] in = exchange.getRequestBody().readAllBytes();
            int status = 200;
            Object answer;
            try {
                ObjectNode body = parse(in);
                answer = switch (path) {
                    case "/sandbox/advance" -> requirePost(post, () -> server.advance(advanceRequest(body)));
                    case "/sandbox/expire-tokens" -> requirePost(post, () -> Map.of("expired", server.expireTokens()));
                    case "/sandbox/confirm-sends" -> requirePost(post, () -> Map.of("confirmed",
                            server.confirmSends(body.path("fraction").asDouble(1.0))));
                    case "/sandbox/stats" -> server.stats();
                    default -> throw new AdminError(404, "unknown admin path " + path);
                };
            } catch (AdminError e) {
                status = e.status;
                answer = Map.of("error", e.getMessage());
            } catch (IllegalArgumentException e) {
                status = 400;
                answer = Map.of("error", e.getMessage());
            }
            byte[] out = mapper.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
        } catch (IOException | RuntimeException e) {
            LOG.warn("sandbox admin call failed: {}", e.toString());
        }
    }

    private ObjectNode parse(byte[] in) {
        if (in.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(in);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            throw new AdminError(400, "body is not JSON");
        }
        throw new AdminError(400, "body must be a JSON object");
    }

    private static AdvanceRequest advanceRequest(ObjectNode body) {
        return new AdvanceRequest(body.path("days").asInt(1), body.path("newContacts").asInt(0),
                body.path("lostContacts").asInt(0), body.path("tagChanges").asInt(0),
                body.path("remarkChanges").asInt(0));
    }

    private static Object requirePost(boolean post, java.util.function.Supplier<Object> action) {
        if (!post) {
            throw new AdminError(405, "use POST");
        }
        return action.get();
    }

    private static final class AdminError extends RuntimeException {
        private final int status;

        AdminError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
