package cn.eduapp.registry.security;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: ordinary bad input is a 400 naming the field, never a 500. A NUL reached PostgreSQL (which
 * refuses it in text) from query parameters, JSON fields and forms; unknown enum values and missing
 * fields of page forms broke their handlers.
 */
class HostileInputIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    cn.eduapp.registry.system.security.RateLimitFilter rateLimit;

    @org.springframework.beans.factory.annotation.Autowired
    cn.eduapp.registry.complaint.internal.web.PageIntakeLimiter pageIntake;

    /** The complaint intake budget is shared by the whole run (one address): these probes start with a full one. */
    @org.junit.jupiter.api.BeforeEach
    void resetLimits() {
        rateLimit.reset();
        pageIntake.reset();
    }

    private static final String NUL = "a%00b";

    private static String field(Api.Response r) {
        return r.json().path("errors").get(0).path("field").asString();
    }

    @Test
    void aNulInEveryPublicQueryParameterAnswers400NamingIt() {
        Map<String, List<String>> endpoints = new LinkedHashMap<>();
        endpoints.put("/api/v1/public/whitelist", List.of("q", "category", "page", "size"));
        endpoints.put("/api/v1/public/blacklist", List.of("page", "size"));
        endpoints.put("/api/v1/public/whitelist.csv", List.of("asOf"));
        endpoints.put("/api/v1/public/blacklist.csv", List.of("asOf"));
        endpoints.put("/api/v1/public/complaints/BJTS00000000", List.of("accessCode"));
        for (var e : endpoints.entrySet()) {
            for (String param : e.getValue()) {
                Api.Response r = api().get(e.getKey() + "?" + param + "=" + NUL, null);
                assertThat(r.status()).as(e.getKey() + " " + param).isEqualTo(400);
                assertThat(field(r)).as(e.getKey() + " " + param).isEqualTo(param);
                assertThat(r.json().path("errors").get(0).path("code").asString()).isEqualTo("CONTROL_CHARACTER");
            }
        }
        for (String page : List.of("/public/whitelist?q=", "/public/blacklist?page=", "/public/complaints/apps?q=",
                "/public/complaints/new?appName=", "/login?error=")) {
            assertThat(new PageSession(api().base()).get(page + NUL).statusCode()).as(page).isEqualTo(400);
        }
    }

    @Test
    void aNulInAJsonFieldAnswers400NamingTheField() {
        Fixtures.Provider p = fixtures().beijingCompany();
        Map<String, Object> app = Fixtures.compliantApp("名称\u0000注入", Fixtures.uniqueAndroidId());
        Api.Response filing = expect(api().post("/api/v1/filings", p.token(), Api.json(Map.of("app", app))), 400);
        assertThat(field(filing)).isEqualTo("app.name");

        Api.Response complaint = expect(api().post("/api/v1/public/complaints", null, Api.json(Map.of("category", "OTHER",
                "appName", "某应用", "description", "有\u0001控制字符"))), 400);
        assertThat(field(complaint)).isEqualTo("description");

        Api.Response login = api().post("/api/v1/auth/login", null, Api.json(Map.of("username", "city\u0000", "password", "x")));
        assertThat(login.status()).isEqualTo(400);
        // line breaks and tabs in a description are text, not control
        expect(api().post("/api/v1/public/complaints", null, Api.json(Map.of("category", "OTHER",
                "appName", "某应用", "description", "第一行\n第二行\t制表"))), 201);
    }

    @Test
    void aNulInAMultipartFieldAnswers400() {
        String boundary = "----b" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nOTHER\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"appName\"\r\n\r\n某应用\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n有\u0000空字符\r\n"
                + "--" + boundary + "--\r\n";
        Api.Response r = api().send("POST", "/api/v1/public/complaints", null, "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(field(r)).isEqualTo("description");
    }

    @Test
    void theLoginFormWithANulIsRefusedNot500() {
        PageSession page = new PageSession(api().base());
        String csrf = PageSession.csrfOf(page.get("/login").body());
        HttpResponse<String> r = page.postForm("/login", Map.of("username", "city\u0000reviewer", "password", "x", "_csrf", csrf));
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void unknownEnumValuesAndMissingFieldsOnPagesAre400Pages() {
        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        HttpResponse<String> bogus = city.get("/filings?status=BOGUS");
        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(bogus.body()).contains("status").doesNotContain("Exception");

        Fixtures.Provider p = fixtures().beijingCompany();
        PageSession provider = new PageSession(api().base());
        provider.login(p.username(), Fixtures.PASSWORD);
        String csrf = PageSession.csrfOf(provider.get("/provider/profile").body());
        HttpResponse<String> missing = provider.postForm("/provider/licences", Map.of("_csrf", csrf));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("number");
        HttpResponse<String> badDate = provider.postForm("/provider/licences", Map.of("_csrf", csrf, "number", "1",
                "issuer", "某局", "type", "NOT_A_TYPE", "validFrom", "yesterday"));
        assertThat(badDate.statusCode()).isEqualTo(400);
    }
}
