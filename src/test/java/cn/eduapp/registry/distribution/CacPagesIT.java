package cn.eduapp.registry.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CAC's pages, driven as a browser would: form login, CSRF tokens, post/redirect/get. */
class CacPagesIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A signed-in page session (cookies kept, redirects not followed). */
    private final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(api().base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String csrfFrom, Map<String, String> form) throws Exception {
            Matcher m = CSRF.matcher(get(csrfFrom).body());
            assertThat(m.find()).as("a CSRF token on " + csrfFrom).isTrue();
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
            return http.send(HttpRequest.newBuilder(URI.create(api().base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        Session login(String username) throws Exception {
            HttpResponse<String> r = post("/login", "/login", Map.of("username", username, "password", Api.DEMO_PASSWORD));
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/home");
            return this;
        }
    }

    @Test
    void theCacSeesReleaseAlertsOnItsPage() throws Exception {
        String unknown = Fixtures.uniqueAndroidId();
        Fixtures.expect(api().post("/api/v1/distribution/releases", api().token("appstore-demo"), Api.json(Map.of(
                "platform", "ANDROID", "identifier", unknown, "version", "9.9.9", "releasedAt", "2026-11-28T10:00:00+08:00"))), 201);
        Session cac = new Session().login("cac-officer");
        HttpResponse<String> page = cac.get("/distribution/alerts");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(unknown, "9.9.9", "未备案", "lang=\"zh-CN\"", "上架预警");
        assertThat(new Session().login("city-reviewer").get("/distribution/alerts").statusCode()).isEqualTo(403);
    }

    @Test
    void theCacCreatesAnAppStoreOnAPageAndSeesThePasswordOnceThenRevokesIt() throws Exception {
        Session cac = new Session().login("cac-officer");
        HttpResponse<String> created = cac.post("/distribution/app-stores", "/distribution/app-stores",
                Map.of("name", "页面创建的应用市场<b>", "username", "store-" + System.nanoTime()));
        assertThat(created.statusCode()).isEqualTo(200); // rendered at once: the password never enters the session
        String shown = created.body();
        Matcher user = Pattern.compile("<code>(store-\\d+)</code>").matcher(shown);
        assertThat(user.find()).as(shown).isTrue();
        Matcher pass = Pattern.compile("<dd><code>([^<]+)</code></dd>\\s*</dl>").matcher(shown);
        assertThat(pass.find()).as(shown).isTrue();
        String password = pass.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">");
        assertThat(shown).contains("页面创建的应用市场&lt;b&gt;");
        String token = api().login(user.group(1), password);
        assertThat(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b", token).status()).isEqualTo(200);
        // shown once: the next view has no password
        assertThat(cac.get("/distribution/app-stores").body()).doesNotContain(password);

        String id = Api.parse(api().get("/api/v1/app-stores?size=200", api().token("cac-officer")).body()).path("items")
                .valueStream().filter(s -> s.path("usernames").toString().contains(user.group(1)))
                .findFirst().orElseThrow().path("id").asString();
        HttpResponse<String> revoked = cac.post("/distribution/app-stores/" + id + "/revocation", "/distribution/app-stores", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b", token).status()).isEqualTo(401);
        assertThat(cac.get("/distribution/app-stores").body()).contains("已停用");
    }
}
