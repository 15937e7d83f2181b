package cn.eduapp.registry.security;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.system.security.RateLimitFilter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 16's other findings, each as the attack it stops. */
class SecurityEdgesIT extends IntegrationTest {

    @Autowired
    RateLimitFilter rateLimits;

    @BeforeEach
    @AfterEach
    void cleanSlate() {
        rateLimits.reset();
    }

    private List<String> audit(String entityType, String entityId, String action) {
        List<String> summaries = new ArrayList<>();
        api().get("/api/v1/audit?entityType=" + entityType + "&entityId=" + entityId + "&size=200",
                api().token("city-reviewer")).json().path("items").forEach(i -> {
                    if (action.equals(i.path("action").asString())) {
                        summaries.add(i.path("summary").asString());
                    }
                });
        return summaries;
    }

    private String accountId(String username) {
        return jdbc.sql("select id::text from account where username = ?").param(username).query(String.class).single();
    }

    @Test
    void aReplayedComplaintReceiptCarriesNoAccessCodeAndTheStoreKeepsNone() {
        String key = "complaint-" + UUID.randomUUID();
        String body = Api.json(Map.of("category", "OTHER", "appName", "某应用", "description", "重放测试"));
        Api.Response first = send(key, "/api/v1/public/complaints", body);
        assertThat(first.status()).isEqualTo(201);
        String code = first.text("accessCode");
        assertThat(code).isNotBlank();
        Api.Response replay = send(key, "/api/v1/public/complaints", body);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.text("trackingNumber")).isEqualTo(first.text("trackingNumber"));
        assertThat(replay.json().has("accessCode")).isFalse();
        byte[] stored = jdbc.sql("select body from idempotency_key where key = ?").param(key).query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(code);
    }

    @Test
    void aLoginWithAnIdempotencyKeyIsNeitherStoredNorReplayed() {
        String key = "login-" + UUID.randomUUID();
        String body = Api.json(Map.of("username", "city-reviewer", "password", Api.DEMO_PASSWORD));
        String t1 = send(key, "/api/v1/auth/login", body).text("token");
        Api.Response again = send(key, "/api/v1/auth/login", body);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.text("token")).isNotEqualTo(t1);
        assertThat(jdbc.sql("select count(*) from idempotency_key where key = ?").param(key).query(Long.class).single()).isZero();
    }

    private Api.Response send(String key, String path, String body) {
        return api().sendWith("POST", path, null, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("Idempotency-Key", key));
    }

    @Test
    void aForgedHostHeaderIsNeverReflected() {
        String feed = RawHttp.exchange(port, "GET /api/v1/public/changes.atom HTTP/1.1\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(feed).startsWith("HTTP/1.1 200").contains("http://localhost:8080/public/whitelist").doesNotContain("evil.example");
        String redirect = RawHttp.exchange(port, "GET /home HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(redirect).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
        assertThat(redirect).containsPattern("(?i)Location: /login\r\n");
    }

    @Test
    void theComplaintPageAndTheApiShareOneIntakeBudget() {
        String body = Api.json(Map.of("category", "OTHER", "appName", "某应用", "description", "预算测试"));
        for (int i = 0; i < 6; i++) {
            expect(api().post("/api/v1/public/complaints", null, body), 201);
        }
        PageSession page = new PageSession(api().base());
        for (int i = 0; i < 4; i++) {
            String csrf = PageSession.csrfOf(page.get("/public/complaints/new").body());
            assertThat(page.postForm("/public/complaints/new", Map.of("_csrf", csrf, "category", "OTHER", "appName", "某应用",
                    "description", "预算测试")).statusCode()).as("page " + i).isNotEqualTo(429);
        }
        String csrf = PageSession.csrfOf(page.get("/public/complaints/new").body());
        assertThat(page.postForm("/public/complaints/new", Map.of("_csrf", csrf, "category", "OTHER", "appName", "某应用",
                "description", "预算测试")).statusCode()).isEqualTo(429);
        assertThat(api().post("/api/v1/public/complaints", null, body).status()).isEqualTo(429);
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id like 'COMPLAINT|%'").query(Long.class).single())
                .as("the budget is kept in PostgreSQL, where every instance sees it").isPositive();
    }

    @Test
    void rateLimitRefusalsAreAuditedOncePerAddressAndWindow() {
        jdbc.sql("delete from rate_limit_refusal").update();
        long before = rateLimitedEntries();
        String body = Api.json(Map.of("category", "OTHER", "appName", "某应用", "description", "限流审计"));
        int refused = 0;
        for (int i = 0; i < 14; i++) {
            refused += api().post("/api/v1/public/complaints", null, body).status() == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(4);
        assertThat(rateLimitedEntries()).as("one entry for the address and window, not four").isEqualTo(before + 1);
        String entity = jdbc.sql("select entity_id from audit_entry where action = 'RATE_LIMITED' order by seq desc limit 1")
                .query(String.class).single();
        assertThat(audit("CLIENT", entity, "RATE_LIMITED")).isNotEmpty().allMatch(s -> s.contains("COMPLAINT"));
    }

    private long rateLimitedEntries() {
        return jdbc.sql("select count(*) from audit_entry where action = 'RATE_LIMITED'").query(Long.class).single();
    }

    @Test
    void aHugeDeclaredEvidenceUploadIs413BeforeItsBodyIsRead() {
        String answer = RawHttp.exchange(port, "POST /api/v1/public/complaints HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 524288000\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413");
        String page = RawHttp.exchange(port, "POST /public/complaints/new HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 104857600\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 413");
        String statement = RawHttp.exchange(port, "POST /api/v1/enforcement-cases/any/statement HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 104857600\r\n\r\n");
        assertThat(statement).startsWith("HTTP/1.1 413");
        String statementPage = RawHttp.exchange(port, "POST /enforcement/cases/any/statement HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 104857600\r\n\r\n");
        assertThat(statementPage).startsWith("HTTP/1.1 413");
        // issue 21: a provider's verification documents (API, its page, the registration page)
        for (String path : java.util.List.of("/api/v1/providers/any/documents", "/provider/documents", "/register")) {
            String documents = RawHttp.exchange(port, "POST " + path + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 104857600\r\n\r\n");
            assertThat(documents).as(path).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void evidenceDownloadsAreNamedByTheirDetectedType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        String boundary = "----e" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String[] f : new String[][] {{"category", "ADVERTISING"}, {"appName", "命名测试应用"}, {"description", "广告弹窗"}}) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1] + "\r\n");
        }
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"截图.exe\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(png);
        text.accept("\r\n--" + boundary + "--\r\n");
        Api.Response r = api().send("POST", "/api/v1/public/complaints", null, "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        Map<String, Object> ids = jdbc.sql("select c.id::text as complaint, e.id::text as evidence from complaint c "
                        + "join complaint_evidence e on e.complaint_id = c.id where c.tracking_number = ?")
                .param(r.text("trackingNumber")).query().singleRow();
        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        HttpResponse<String> download = city.get("/complaints/" + ids.get("complaint") + "/evidence/" + ids.get("evidence"));
        assertThat(download.statusCode()).isEqualTo(200);
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment").contains(".png").doesNotContain(".exe");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
    }

    @Test
    void aProviderProbingAnotherProvidersFilingIsAuditedOnApiAndPage() {
        Fixtures.Provider owner = fixtures().beijingCompany();
        Fixtures.Provider prober = fixtures().beijingCompany();
        String filing = fixtures().createFiling(owner, a -> { });
        expect(api().get("/api/v1/filings/" + filing, prober.token()), 404);
        expect(api().get("/api/v1/filings/" + UUID.randomUUID(), prober.token()), 404);
        PageSession page = new PageSession(api().base());
        page.login(prober.username(), Fixtures.PASSWORD);
        assertThat(page.get("/filings/" + filing).statusCode()).isEqualTo(404);
        List<String> refused = audit("ACCOUNT", accountId(prober.username()), "ACCESS_REFUSED");
        assertThat(refused).as("one for the API, one for the page; none for the filing that does not exist").hasSize(2)
                .allMatch(s -> s.contains("404") && s.contains(filing));
    }

    @Test
    void aFirstPasswordMustBeChangedBeforeAnythingElse() {
        String username = "first-" + UUID.randomUUID().toString().substring(0, 8);
        expect(api().post("/api/v1/agency-accounts", api().token("city-reviewer"), Api.json(Map.of("username", username,
                "password", "First-Passw0rd!2026", "role", "CAC_OFFICER"))), 201);
        String token = api().login(username, "First-Passw0rd!2026");
        Api.Response refused = expect(api().get("/api/v1/filings", token), 403);
        assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        expect(api().get("/api/v1/takedown-notices/" + UUID.randomUUID(), token), 403);
        assertThat(expect(api().get("/api/v1/auth/me", token), 200).json().path("passwordChangeRequired").asBoolean()).isTrue();

        PageSession page = new PageSession(api().base());
        assertThat(page.login(username, "First-Passw0rd!2026").headers().firstValue("Location").orElseThrow())
                .endsWith("/account/password?first");
        HttpResponse<String> home = page.get("/home");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/account/password?first");
        assertThat(page.get("/account/password?first").body()).contains("初始密码");

        expect(api().post("/api/v1/auth/password", token, Api.json(Map.of("currentPassword", "First-Passw0rd!2026",
                "newPassword", "Changed-Passw0rd!2026"))), 204);
        expect(api().get("/api/v1/filings", token), 200);
        expect(api().post("/api/v1/auth/logout", token), 204);
    }
}
