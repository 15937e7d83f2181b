package cn.eduapp.registry.usage;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.support.UsageFixtures.Institution;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pages through a real browser session (form login, CSRF): what a school, a district and the city see. */
class UsagePagesIT extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A signed-in page session: cookies kept, redirects not followed, the CSRF token read from each form. */
    final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Session(String username, String password) {
            String csrf = csrf(get("/login").body());
            HttpResponse<String> r = post("/login", csrf, Map.of("username", username, "password", password));
            assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/home");
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(api().base() + path)).GET());
        }

        HttpResponse<String> post(String path, String csrf, Map<String, String> form) {
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(api().base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder b) {
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    @Test
    void aSchoolChoosesARegisteredAppBySearchingAndFilesItsUse() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        String appName = expect(api().get("/api/v1/filings/" + filingId, p.token()), 200).json().path("app").path("name").asString();
        Institution district = new UsageFixtures(api()).district();
        Institution school = new UsageFixtures(api()).school(district);
        Session s = new Session(school.username(), UsageFixtures.PASSWORD);

        String home = s.get("/home").body();
        assertThat(home).contains("使用者备案").contains("/notifications");
        String search = s.get("/usage/new?q=" + URLEncoder.encode(appName, StandardCharsets.UTF_8)).body();
        assertThat(search).contains(appName).contains(number);
        HttpResponse<String> chosen = s.get("/usage/new?filingNumber=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(chosen.body()).contains(p.name()).contains("data-confirm");

        // refusals come back next to the fields
        HttpResponse<String> refused = s.post("/usage/new", csrf(chosen.body()), Map.of("filingNumber", number,
                "purpose", "课后锻炼", "unifiedSelection", "true", "chargesStudents", "true",
                "selectionApprovedBy", "校务会", "selectionDate", "2026-01-05"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("统一选用的不得向学生及家长收取任何费用");
        HttpResponse<String> missing = s.post("/usage/new", csrf(chosen.body()), Map.of("filingNumber", number));
        assertThat(missing.body()).contains("请填写使用用途").contains("field-error");

        HttpResponse<String> filed = s.post("/usage/new", csrf(chosen.body()), Map.of("filingNumber", number,
                "purpose", "课后锻炼", "unifiedSelection", "true", "selectionApprovedBy", "校务会",
                "selectionDate", "2026-01-05"));
        assertThat(filed.statusCode()).isEqualTo(302);
        String detailPath = filed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String detail = s.get(detailPath).body();
        assertThat(detail).contains(appName).contains("使用中").contains("结束使用");
        assertThat(s.get("/usage").body()).contains(appName);

        // the district sees it on its pages; the city sees the district
        Session d = new Session(district.username(), UsageFixtures.PASSWORD);
        assertThat(d.get("/usage").body()).contains(school.name()).contains(appName);
        assertThat(d.get("/usage/districts/" + district.id()).body()).contains(appName).contains(school.name());
        assertThat(d.get("/institutions").body()).contains(school.name());
        Session city = new Session("city-reviewer", "Demo-Passw0rd!");
        assertThat(city.get("/usage/districts").body()).contains(district.name());
        assertThat(city.get("/usage/exposure?filingNumber=" + URLEncoder.encode(number, StandardCharsets.UTF_8)).body())
                .contains(school.name()).contains(district.name());

        // ending asks first and then the use filing is over
        String end = s.post(detailPath + "/end", csrf(detail), Map.of("reason", "不再使用")).headers()
                .firstValue("Location").orElseThrow();
        assertThat(end).endsWith(detailPath);
        assertThat(s.get(detailPath).body()).contains("已结束");
    }

    @Test
    void aDistrictCreatesASchoolAndItsAccountOnThePages() {
        Institution district = new UsageFixtures(api()).district();
        Session d = new Session(district.username(), UsageFixtures.PASSWORD);
        String page = d.get("/institutions").body();
        String name = "页面新建" + UsageFixtures.suffix() + "小学";
        HttpResponse<String> created = d.post("/institutions", csrf(page), Map.of("name", name, "kind", "SCHOOL"));
        assertThat(created.statusCode()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String detail = d.get(path).body();
        assertThat(detail).contains(name).contains("新建账号");
        HttpResponse<String> weak = d.post(path + "/accounts", csrf(detail), Map.of("username", "pg-" + UsageFixtures.suffix(),
                "password", "short", "role", "SCHOOL_ADMIN"));
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("field-error");
        String username = "pg-" + UsageFixtures.suffix();
        HttpResponse<String> account = d.post(path + "/accounts", csrf(detail), Map.of("username", username,
                "password", UsageFixtures.FIRST_PASSWORD, "role", "SCHOOL_ADMIN"));
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(d.get(path).body()).contains(username);
        new UsageFixtures(api()).firstSignIn(username);
        // a school may not manage institutions
        Session school = new Session(username, UsageFixtures.PASSWORD);
        assertThat(school.get("/institutions").statusCode()).isEqualTo(403);
        assertThat(school.get("/notifications").body()).contains("通知").contains("0 条未读");
        assertThat(school.get("/notifications/badge").body()).contains("badge");
    }
}
