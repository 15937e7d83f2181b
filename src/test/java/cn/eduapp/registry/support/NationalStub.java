package cn.eduapp.registry.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stub of the national platform's {@code GET /apps?since=&limit=} on a random port (a real HTTP server): a log of
 * app changes, the cursor being how many of them were handed out. Records every {@code since} it was asked for;
 * can answer 503 for a while, or hold the first request until released.
 */
public final class NationalStub implements AutoCloseable {

    private final HttpServer server;
    private final List<Map<String, Object>> log = new CopyOnWriteArrayList<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile int failures;
    private volatile CountDownLatch hold;
    private final CountDownLatch held = new CountDownLatch(1);

    public NationalStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/apps", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI());
            String since = query.get("since");
            asked.add(since == null ? "" : since);
            CountDownLatch h = hold;
            if (h != null) {
                held.countDown();
                try {
                    h.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body;
            int status = 200;
            if (failures > 0) {
                failures--;
                status = 503;
                body = "{}".getBytes(StandardCharsets.UTF_8);
            } else {
                int from = since == null ? 0 : Integer.parseInt(since);
                int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
                int to = Math.min(log.size(), from + limit);
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("items", new ArrayList<>(log.subList(Math.min(from, to), to)));
                page.put("next", String.valueOf(Math.max(from, to)));
                body = Api.json(page).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Appends a change to the national log. */
    public void publish(String number, String appName, String province, String status, String changedAt,
                        String platform, String identifier) {
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("filingNumber", number);
        app.put("appName", appName);
        app.put("providerName", appName + "科技有限公司");
        app.put("creditCode", "91330106MA27XK0L3B");
        app.put("province", province);
        app.put("category", "TEACHING");
        app.put("status", status);
        app.put("platforms", List.of(Map.of("type", platform, "identifier", identifier)));
        app.put("registeredAt", "2025-01-01T00:00:00Z");
        app.put("changedAt", changedAt);
        log.add(app);
    }

    public List<String> asked() {
        return List.copyOf(asked);
    }

    public void failNext(int times) {
        failures = times;
    }

    /** Requests wait until {@link #release()}; returns a latch that opens when the first one arrived. */
    public CountDownLatch holdRequests() {
        hold = new CountDownLatch(1);
        return held;
    }

    public void release() {
        CountDownLatch h = hold;
        hold = null;
        if (h != null) {
            h.countDown();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }
}
