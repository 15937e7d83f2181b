package cn.eduapp.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules page in a browser session: every signed-in user reads the rules in force; the city publishes. */
class RulesPageIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    /** A page session: cookies kept, CSRF token taken from the last form seen. */
    final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api().base() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1) != null ? m.group(1) : m.group(2);
            }
            return r;
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            String body = form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            return http.send(HttpRequest.newBuilder(URI.create(api().base() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        Session login(String username, String password) throws IOException, InterruptedException {
            get("/login");
            HttpResponse<String> r = post("/login", "username=" + username + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8));
            assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/home");
            return this;
        }
    }

    @Test
    void aProviderReadsTheRulesInForceRuleByRuleWithClauses() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        Session s = new Session().login(p.username(), Fixtures.PASSWORD);
        HttpResponse<String> page = s.get("/rules");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("备案预检规则", "规则集 2022.3", "施行中", "京教信〔2022〕5号 三（三）",
                "PHOTO_SEARCH", "SUBJECT_ONLINE_PERMIT", "中小学线上学科培训许可", "道德与法治", "高中生", "不符合", "存疑")
                .contains("href=\"/rules\"");
        assertThat(s.get("/rules?version=2022.1").statusCode()).isEqualTo(200);
        assertThat(s.get("/rules?version=none-such").statusCode()).isEqualTo(404);
        assertThat(s.get("/rules/publish").statusCode()).isEqualTo(403);
    }

    @Test
    void theCityPublishesAVersionThroughTheForm() throws Exception {
        Session s = new Session().login("city-reviewer", Api.DEMO_PASSWORD);
        HttpResponse<String> form = s.get("/rules/publish");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("data-confirm=", "&quot;version&quot; : &quot;2022.3&quot;");

        HttpResponse<String> refused = s.post("/rules/publish", "definition="
                + URLEncoder.encode("{\"version\": \"x\"", StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("不是有效的 JSON");

        String json = api().get("/api/v1/rule-sets/2022.3", api().token("city-reviewer")).body();
        String version = "it-form-" + UUID.randomUUID().toString().substring(0, 6);
        String definition = Api.json(java.util.Map.of("version", version, "effectiveFrom", "2100-02-01",
                "title", "页面发布测试", "parameters", Api.parse(json).path("parameters"),
                "rules", Api.parse(json).path("rules").valueStream().map(r -> {
                    java.util.Map<String, Object> rule = new java.util.LinkedHashMap<>();
                    rule.put("id", r.path("key").asString());
                    rule.put("clause", r.path("clause").asString());
                    rule.put("severity", r.path("severity").asString());
                    rule.put("message", r.path("message").asString());
                    if (r.hasNonNull("licence")) {
                        rule.put("licence", r.path("licence").asString());
                    }
                    return rule;
                }).toList()));
        HttpResponse<String> published = s.post("/rules/publish", "definition=" + URLEncoder.encode(definition, StandardCharsets.UTF_8));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(published.headers().firstValue("Location").orElse("")).endsWith("/rules?version=" + version);
        HttpResponse<String> shown = s.get("/rules?version=" + version);
        assertThat(shown.body()).contains("规则集已发布", "待施行", "2100-02-01");

        HttpResponse<String> again = s.post("/rules/publish", "definition=" + URLEncoder.encode(definition, StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("已存在");
    }
}
