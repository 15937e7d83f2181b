package cn.eduapp.registry.national.internal.submission;

import cn.eduapp.registry.national.internal.NationalSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national platform's filing interface (issue 22): {@code POST {base}/filings} → 202 {@code {receipt}} (the same
 * externalId again → the same receipt) and {@code GET {base}/filings/{receipt}} → its status. JDK HttpClient with the
 * settings' connect and read timeouts; every failure is a {@link NationalUnavailable} (a key of {@code i18n/national}). An
 * adapter for a different real contract replaces only this class.
 */
@Component
@ConditionalOnProperty(name = "registry.national.mode", havingValue = "http")
class NationalFilingsClient {

    /** The national answer about one receipt. */
    record Status(String status, @Nullable String filingNumber, @Nullable String reason, @Nullable Instant decidedAt) {
    }

    private final HttpClient http;
    private final NationalSettings settings;
    private final JsonMapper json;

    NationalFilingsClient(NationalSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends one filing; returns the receipt. */
    String submit(Map<String, Object> body) {
        HttpRequest request = request("filings")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        JsonNode answer = exchange(request, 202);
        String receipt = text(answer, "receipt");
        if (receipt == null || receipt.isBlank()) {
            throw new NationalUnavailable("national.error.noReceipt");
        }
        return receipt;
    }

    Status status(String receipt) {
        HttpRequest request = request("filings/" + URLEncoder.encode(receipt, StandardCharsets.UTF_8)).GET().build();
        JsonNode answer = exchange(request, 200);
        String status = text(answer, "status");
        if (status == null || !java.util.Set.of("PENDING", "REGISTERED", "REJECTED").contains(status)) {
            throw new NationalUnavailable("national.error.badStatus", String.valueOf(status));
        }
        String decided = text(answer, "decidedAt");
        Instant decidedAt;
        try {
            decidedAt = decided == null ? null : Instant.parse(decided);
        } catch (java.time.format.DateTimeParseException e) {
            throw new NationalUnavailable("national.error.badDecidedAt", decided);
        }
        return new Status(status, text(answer, "filingNumber"), text(answer, "reason"), decidedAt);
    }

    private HttpRequest.Builder request(String path) {
        URI base = settings.baseUrl();
        String b = base.toString().endsWith("/") ? base.toString() : base + "/";
        return HttpRequest.newBuilder(URI.create(b + path)).timeout(settings.readTimeout())
                .header("Accept", "application/json");
    }

    private JsonNode exchange(HttpRequest request, int expected) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new NationalUnavailable("national.error.timeout");
        } catch (ConnectException e) {
            throw new NationalUnavailable("national.error.connect", String.valueOf(request.uri().getHost()));
        } catch (IOException e) {
            throw new NationalUnavailable("national.error.io", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NationalUnavailable("national.error.interrupted");
        }
        if (response.statusCode() != expected) {
            throw new NationalUnavailable("national.error.http", response.statusCode(), snippet(response.body()));
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new NationalUnavailable("national.error.json");
        }
    }

    private static String snippet(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String b = body.strip();
        return b.length() > 200 ? b.substring(0, 200) + "…" : b;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The national side could not be reached or did not answer as agreed; its words for the city are in the bundle. */
    static final class NationalUnavailable extends RuntimeException {
        private final transient Object[] args;

        NationalUnavailable(String key, Object... args) {
            super(key);
            this.args = args;
        }

        String key() {
            return getMessage();
        }

        Object[] args() {
            return args.clone();
        }
    }
}
