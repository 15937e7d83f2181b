package cn.eduapp.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Security headers, CSRF, cookies, size limits and error bodies that give nothing away. */
class HardeningIT extends IntegrationTest {

    /** What must never reach a client: stack frames, class names, SQL, exception names. */
    static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("),
            Pattern.compile("Exception"),
            Pattern.compile("(org\\.springframework|org\\.postgresql|org\\.apache|java\\.lang|jakarta\\.|tools\\.jackson|cn\\.eduapp)"),
            Pattern.compile("(?i)\\bselect\\b[^<]{0,200}\\bfrom\\b"),
            Pattern.compile("(?i)\\b(insert into|update [a-z_]+ set|psql|sqlstate|syntax error)\\b"),
            Pattern.compile("(?i)stack ?trace"));

    @Autowired
    WebApplicationContext context;

    static void assertNoLeak(String what, String body) {
        for (Pattern p : LEAKS) {
            assertThat(p.matcher(body).find()).as(what + " leaks " + p + ": " + body).isFalse();
        }
    }

    private PageSession cityPages() {
        PageSession s = new PageSession(api().base());
        assertThat(s.login("city-reviewer", Api.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        return s;
    }

    private static void assertPageHeaders(String what, HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what).contains("frame-ancestors 'none'", "script-src 'self'", "object-src 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).as(what + ": no HSTS over plain HTTP").isEmpty();
    }

    @Test
    void publicAndStaffPagesSendTheSecurityHeaders() {
        PageSession anonymous = new PageSession(api().base());
        for (String path : List.of("/", "/login", "/register", "/public/whitelist", "/no-such-page")) {
            assertPageHeaders(path, anonymous.get(path));
        }
        PageSession city = cityPages();
        for (String path : List.of("/home", "/filings", "/audit", "/account/password")) {
            HttpResponse<String> r = city.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertPageHeaders(path, r);
            assertThat(r.body()).as(path + " has no inline script").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
            assertThat(r.body()).as(path + " has no inline style").doesNotContain("<style").doesNotContain(" style=\"");
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        }
    }

    @Test
    void apiResponsesSendTheSecurityHeaders() {
        for (Api.Response r : List.of(api().get("/api/v1/auth/me", api().token("city-reviewer")),
                api().get("/api/v1/filings", null), api().get("/api/v1/public/no-such-list", null))) {
            assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.header("Cache-Control")).contains("no-store");
            assertThat(r.header("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void hstsIsSentOnlyBehindTls() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String overTls = mvc.perform(MockMvcRequestBuilders.get("/login").secure(true)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security");
        assertThat(overTls).contains("max-age=").contains("includeSubDomains");
        String apiOverTls = mvc.perform(MockMvcRequestBuilders.get("/api/v1/filings").secure(true)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security");
        assertThat(apiOverTls).contains("max-age=");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndAudited() {
        PageSession anonymous = new PageSession(api().base());
        anonymous.get("/register");
        HttpResponse<String> register = anonymous.postForm("/register", Map.of("name", "x"));
        assertThat(register.statusCode()).isEqualTo(403);
        assertNoLeak("csrf refusal", register.body());

        PageSession city = cityPages();
        HttpResponse<String> noToken = city.postForm("/account/password",
                Map.of("currentPassword", "x", "newPassword", "y"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        String csrf = PageSession.csrfOf(city.get("/account/password").body());
        HttpResponse<String> withToken = city.postForm("/account/password",
                Map.of("currentPassword", "wrong-one", "newPassword", "short", "_csrf", csrf));
        assertThat(withToken.statusCode()).as("with its token the form is processed (and refused on its merits)").isEqualTo(200);
        assertThat(withToken.body()).contains("当前密码不正确");

        String accountId = jdbc.sql("select id::text from account where username = 'city-reviewer'").query(String.class).single();
        Api.Response trail = api().get("/api/v1/audit?entityType=ACCOUNT&entityId=" + accountId, api().token("city-reviewer"));
        List<String> summaries = new ArrayList<>();
        trail.json().path("items").forEach(i -> summaries.add(i.path("action").asString() + " " + i.path("summary").asString()));
        assertThat(summaries).anyMatch(s -> s.startsWith("ACCESS_REFUSED") && s.contains("POST /account/password"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        PageSession s = new PageSession(api().base());
        HttpResponse<String> r = s.get("/login");
        // the sign-in form makes no server session (issue 17): its CSRF token travels in a cookie scripts cannot read
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        String csrf = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .orElseThrow();
        assertThat(csrf).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        HttpResponse<String> login = s.login("city-reviewer", Api.DEMO_PASSWORD);
        String session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void noErrorResponseCarriesAStackTraceSqlOrClassName() {
        String city = api().token("city-reviewer");
        Fixtures.Provider p = fixtures().beijingCompany();
        record Case(String what, Api.Response response, int... statuses) {
        }
        List<Case> cases = List.of(
                new Case("unknown API path", api().get("/api/v1/no-such-thing", city), 404),
                new Case("unknown public API path", api().get("/api/v1/public/no-such-thing", null), 404),
                new Case("method not allowed", api().send("DELETE", "/api/v1/filings", city, null, new byte[0]), 405),
                new Case("unsupported media type", api().send("POST", "/api/v1/auth/login", null, "application/xml",
                        "<login/>".getBytes(StandardCharsets.UTF_8)), 400, 415),
                new Case("malformed JSON", api().post("/api/v1/auth/login", null, "{\"username\": "), 400),
                new Case("wrong JSON type", api().post("/api/v1/filings", p.token(), "{\"app\": {\"platforms\": 5}}"), 400),
                new Case("unknown enum", api().get("/api/v1/filings?status=NOPE", city), 400),
                new Case("bad number", api().get("/api/v1/filings?page=abc", city), 400),
                new Case("control character", api().get("/api/v1/audit?entityId=%00", city), 400),
                new Case("forbidden", api().get("/api/v1/audit", p.token()), 403),
                new Case("bad token", api().get("/api/v1/filings", "not-a-token"), 401),
                new Case("bad id", api().get("/api/v1/filings/'%20or%201=1--", city), 404));
        for (Case c : cases) {
            assertThat(Arrays.stream(c.statuses()).boxed().toList()).as(c.what() + ": " + c.response().body())
                    .contains(c.response().status());
            assertThat(c.response().header("Content-Type")).as(c.what()).startsWith("application/problem+json");
            assertNoLeak(c.what(), c.response().body());
        }
        PageSession pages = new PageSession(api().base());
        assertThat(pages.get("/no-such-page").statusCode()).as("anonymous: a 404 page, not the login page").isEqualTo(404);
        PageSession cityPages = cityPages();
        HttpResponse<String> missing = cityPages.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertNoLeak("unknown page", missing.body());
        assertThat(missing.body()).contains("未找到");
        HttpResponse<String> notVisible = cityPages.get("/filings/not-a-filing");
        assertThat(notVisible.statusCode()).isEqualTo(404);
        assertNoLeak("unknown filing page", notVisible.body());
    }

    @Test
    void bodiesOverOneMebibyteAre413() {
        byte[] big = new byte[1024 * 1024 + 16];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        Api.Response login = api().send("POST", "/api/v1/auth/login", null, "application/json", big);
        assertThat(login.status()).isEqualTo(413);
        assertThat(login.header("Content-Type")).startsWith("application/problem+json");
        assertNoLeak("413", login.body());
        Fixtures.Provider p = fixtures().beijingCompany();
        assertThat(api().send("POST", "/api/v1/filings", p.token(), "application/json", big).status()).isEqualTo(413);
        byte[] justUnder = Arrays.copyOf(big, 1024 * 1024);
        justUnder[justUnder.length - 1] = '}';
        assertThat(api().send("POST", "/api/v1/auth/login", null, "application/json", justUnder).status())
                .as("1 MiB exactly is read (and refused on its merits)").isEqualTo(400);
    }
}
