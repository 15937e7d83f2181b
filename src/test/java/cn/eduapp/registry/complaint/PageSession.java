package cn.eduapp.registry.complaint;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session for the pages: cookies, the CSRF token of the last page, redirects followed. */
class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    record Page(int status, String body, String uri) {
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private String csrf;

    PageSession(String base) {
        this.base = base;
    }

    Page get(String path) {
        return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
    }

    Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    Page postMultipart(String path, Map<String, String> fields, List<ComplaintFixtures.Part> files) {
        String boundary = "----page" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(ComplaintFixtures.multipartBody(boundary, all, files)))));
    }

    PageSession login(String username, String password) {
        get("/login");
        Page p = post("/login", Map.of("username", username, "password", password));
        if (p.uri().contains("error")) {
            throw new IllegalStateException("page login failed for " + username);
        }
        return this;
    }

    private Page remember(Page p) {
        Matcher m = CSRF.matcher(p.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return p;
    }

    private Page send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.body(), r.uri().toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
