package cn.eduapp.registry.distribution;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.system.security.RateLimiter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17: verify is answered on the fast lane, ahead of the session, security and MVC machinery. What a caller
 * meets there is what the API chain gives every other call: its security headers, its refusals (401, 403 audited,
 * 429, the first password's 403), its control-character refusal; anything but a plain GET of the exact path goes
 * the usual way and answers the same.
 */
class VerifyFastLaneIT extends IntegrationTest {

    private static final Set<String> VARYING = Set.of("date", "x-request-id", "content-length", "content-type",
            "connection", "keep-alive", "transfer-encoding");

    @Autowired
    RateLimiter limiter;

    private String store() {
        return api().token("appstore-demo");
    }

    private HttpResponse<String> raw(String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api().base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The headers a response carries that do not change from one response to the next. */
    private static Map<String, List<String>> fixedHeaders(HttpResponse<?> r) {
        Map<String, List<String>> headers = new TreeMap<>();
        r.headers().map().forEach((name, values) -> {
            if (!VARYING.contains(name.toLowerCase()) && !name.startsWith(":")) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }

    @Test
    void verifyCarriesTheApiChainsSecurityHeadersOnAnswersAndRefusals() throws Exception {
        HttpResponse<String> me = raw("GET", "/api/v1/auth/me", store());
        assertThat(me.statusCode()).isEqualTo(200);
        Map<String, List<String>> api = fixedHeaders(me);
        assertThat(api).containsKeys("content-security-policy", "x-content-type-options", "cache-control",
                "referrer-policy", "x-frame-options");

        HttpResponse<String> answered = raw("GET", "/api/v1/verify?platform=ANDROID&identifier=cn.nobody.fast", store());
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/json");
        assertThat(answered.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(fixedHeaders(answered)).isEqualTo(api);
        assertThat(Api.parse(answered.body()).path("status").asString()).isEqualTo("NOT_FILED");

        HttpResponse<String> noToken = raw("GET", "/api/v1/verify?platform=ANDROID&identifier=cn.nobody.fast", null);
        HttpResponse<String> meNoToken = raw("GET", "/api/v1/auth/me", null);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(fixedHeaders(noToken)).isEqualTo(fixedHeaders(meNoToken));
        assertThat(Api.parse(noToken.body()).path("detail").asString())
                .isEqualTo(Api.parse(meNoToken.body()).path("detail").asString());
        assertThat(noToken.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void headAndOtherSpellingsGoTheUsualWayAndAnswerTheSame() throws Exception {
        HttpResponse<String> head = raw("HEAD", "/api/v1/verify?platform=ANDROID&identifier=cn.nobody.fast", store());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        HttpResponse<String> headWrongRole = raw("HEAD", "/api/v1/verify?platform=ANDROID&identifier=cn.nobody.fast",
                fixtures().beijingCompany().token());
        assertThat(headWrongRole.statusCode()).isEqualTo(403);
        // a POST is not the fast lane's: the usual chain refuses it as it refuses any unmapped method
        assertThat(raw("POST", "/api/v1/verify?platform=ANDROID&identifier=cn.nobody.fast", store()).statusCode())
                .isEqualTo(405);
    }

    @Test
    void aWrongRoleIsRefusedAndAuditedABadTokenRefusedAControlCharacterRefused() {
        String marker = "cn.fast.refused." + UUID.randomUUID().toString().substring(0, 8);
        Api.Response refused = expect(api().get("/api/v1/verify?platform=ANDROID&identifier=" + marker,
                fixtures().beijingCompany().token()), 403);
        assertThat(refused.json().path("detail").asString())
                .isEqualTo(expect(api().get("/api/v1/audit", fixtures().beijingCompany().token()), 403).json()
                        .path("detail").asString());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and summary like ?")
                .param("%/api/v1/verify%").query(Long.class).single()).isPositive();
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=" + marker, "not-a-token"), 401);
        Api.Response control = expect(api().get("/api/v1/verify?platform=ANDROID&identifier=a%01b", store()), 400);
        assertThat(control.json().path("errors").get(0).path("code").asString()).isEqualTo("CONTROL_CHARACTER");
    }

    @Test
    void theAccountRateLimitHoldsOnTheFastLane() {
        String token = api().login("appstore-demo", "Demo-Passw0rd!");
        limiter.setLimit(RateLimiter.Kind.ACCOUNT, 3, Duration.ofMinutes(1));
        try {
            limiter.reset();
            for (int i = 1; i <= 3; i++) {
                expect(api().get("/api/v1/verify?platform=ANDROID&identifier=cn.nobody.fast", token), 200);
            }
            Api.Response limited = expect(api().get("/api/v1/verify?platform=ANDROID&identifier=cn.nobody.fast", token), 429);
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        } finally {
            limiter.setLimit(RateLimiter.Kind.ACCOUNT, 1_000_000, Duration.ofMinutes(1));
            limiter.reset();
        }
    }

    @Test
    void aStaffAccountWithItsFirstPasswordIsHeldUpOnVerifyToo() {
        String username = "fast-ca-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Agency-Passw0rd!2";
        expect(api().post("/api/v1/agency-accounts", api().token("city-reviewer"),
                Api.json(Map.of("username", username, "password", password, "role", "CA_OFFICER"))), 201);
        String token = api().login(username, password);
        Api.Response held = expect(api().get("/api/v1/verify?platform=ANDROID&identifier=cn.nobody.fast", token), 403);
        assertThat(held.json().path("errors").get(0).path("code").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        // the agency's other officers verify as before
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=cn.nobody.fast", api().token("ca-officer")), 200);
    }
}
