package cn.eduapp.registry.national;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A national platform for the tests: a real HTTP server (JDK) on a random port speaking issue 22's interface.
 * {@code POST /national/filings} records the body and answers 202 with a receipt that depends only on the
 * externalId (the same externalId again → the same receipt); {@code GET /national/filings/{receipt}} answers the
 * decision the test set (PENDING until then). While {@link #down} it answers 503 to everything.
 */
final class StubNationalPlatform {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final AtomicBoolean down = new AtomicBoolean();
    /** Every POST body accepted (202), in order. */
    final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    /** Accepted POSTs per externalId. */
    final Map<String, AtomicInteger> postsPerExternalId = new ConcurrentHashMap<>();
    final AtomicInteger refused = new AtomicInteger();
    private final Map<String, Map<String, Object>> decisions = new ConcurrentHashMap<>();
    private final int port;
    private HttpServer server;

    StubNationalPlatform() {
        server = start(0);
        port = server.getAddress().getPort();
    }

    private HttpServer start(int onPort) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            s.createContext("/national/filings", this::handle);
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gone: connections to its port are refused until {@link #restart()}. */
    synchronized void stop() {
        server.stop(0);
    }

    /** Back on the same port. */
    synchronized void restart() {
        server = start(port);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/national";
    }

    static String receiptOf(String externalId) {
        return "NR-" + externalId;
    }

    void register(String externalId, String filingNumber, String decidedAt) {
        decisions.put(receiptOf(externalId), Map.of("status", "REGISTERED", "filingNumber", filingNumber, "decidedAt", decidedAt));
    }

    void reject(String externalId, String reason) {
        decisions.put(receiptOf(externalId), Map.of("status", "REJECTED", "reason", reason));
    }

    int posts(String externalId) {
        AtomicInteger n = postsPerExternalId.get(externalId);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            if (down.get()) {
                refused.incrementAndGet();
                answer(x, 503, Map.of("message", "maintenance"));
                return;
            }
            String path = x.getRequestURI().getPath();
            if ("POST".equals(x.getRequestMethod()) && path.equals("/national/filings")) {
                JsonNode body = JSON.readTree(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String externalId = body.path("externalId").asString();
                accepted.add(body);
                postsPerExternalId.computeIfAbsent(externalId, k -> new AtomicInteger()).incrementAndGet();
                answer(x, 202, Map.of("receipt", receiptOf(externalId)));
            } else if ("GET".equals(x.getRequestMethod()) && path.startsWith("/national/filings/")) {
                String receipt = path.substring("/national/filings/".length());
                answer(x, 200, decisions.getOrDefault(receipt, Map.of("status", "PENDING")));
            } else {
                answer(x, 404, Map.of("message", "no such endpoint"));
            }
        }
    }

    private static void answer(HttpExchange x, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }
}
