package cn.eduapp.registry.national.internal.mirror;

import cn.eduapp.registry.national.internal.NationalSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national interface's app list over HTTP (JDK client): connect and read timeouts, {@code attempts} tries with
 * a back-off doubled after each failure; a 4xx is not retried. What finally fails is thrown as
 * {@link MirrorSource.SourceUnavailable} and recorded in the sync's state.
 */
public class HttpMirrorSource implements MirrorSource {

    private final NationalSettings settings;
    private final URI base;
    private final HttpClient http;
    private final JsonMapper json;

    public HttpMirrorSource(NationalSettings settings, JsonMapper json) {
        this.settings = settings;
        this.base = Objects.requireNonNull(settings.baseUrl(), "registry.national.base-url");
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @Override
    public Page fetch(@Nullable String since, int limit) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        URI uri = URI.create(root + "apps?" + (since == null ? "" : "since=" + URLEncoder.encode(since, StandardCharsets.UTF_8) + "&")
                + "limit=" + limit);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .header("Accept", "application/json").GET().build();
        Duration wait = settings.backoff();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) {
                    return json.readValue(response.body(), Page.class);
                }
                last = new SourceUnavailable("national.sync.error.status", null, status);
                if (status >= 400 && status < 500) {
                    throw last;
                }
            } catch (IOException e) {
                last = new SourceUnavailable("national.sync.error.unreachable", e, e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailable("national.sync.error.interrupted", e);
            } catch (tools.jackson.core.JacksonException e) {
                throw new SourceUnavailable("national.sync.error.unreadable", e);
            }
            if (attempt < settings.attempts()) {
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
        throw last;
    }

    @Override
    public String describe() {
        return base.toString();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailable("national.sync.error.interrupted", e);
        }
    }
}
