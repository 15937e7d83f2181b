package cn.eduapp.registry.system;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POSTs that create: a replay answers the first response and creates nothing. */
class IdempotencyIT extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String token, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api().base() + path))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long filingsOf(Fixtures.Provider p) {
        return api().get("/api/v1/filings?size=200", p.token()).json().path("total").asLong();
    }

    @Test
    void aReplayReturnsTheFirstResponseAndCreatesNothing() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String body = Api.json(Map.of("app", Fixtures.compliantApp("幂等测试", Fixtures.uniqueAndroidId())));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/api/v1/filings", p.token(), key, body);
        HttpResponse<String> second = post("/api/v1/filings", p.token(), key, body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(Api.parse(second.body()).path("id").asString()).isEqualTo(Api.parse(first.body()).path("id").asString());
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(filingsOf(p)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String key = UUID.randomUUID().toString();
        assertThat(post("/api/v1/filings", p.token(), key,
                Api.json(Map.of("app", Fixtures.compliantApp("甲", Fixtures.uniqueAndroidId())))).statusCode()).isEqualTo(201);
        HttpResponse<String> other = post("/api/v1/filings", p.token(), key,
                Api.json(Map.of("app", Fixtures.compliantApp("乙", Fixtures.uniqueAndroidId()))));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(filingsOf(p)).isEqualTo(1);
    }

    @Test
    void concurrentReplaysCreateExactlyOne() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String body = Api.json(Map.of("app", Fixtures.compliantApp("并发幂等", Fixtures.uniqueAndroidId())));
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> post("/api/v1/filings", p.token(), key, body)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<HttpResponse<String>> f : results) {
                assertThat(f.get().statusCode()).isEqualTo(201);
                ids.add(Api.parse(f.get().body()).path("id").asString());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(filingsOf(p)).isEqualTo(1);
    }

    @Test
    void anonymousRegistrationReplayedIsNotADuplicate() throws Exception {
        String username = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Api.json(Map.of("name", "北京幂等教育", "creditCode", CreditCodes.generate("91", "110108"),
                "legalPersonType", "FOR_PROFIT", "contact", Map.of("name", "王五", "phone", "13800000001"),
                "account", Map.of("username", username, "password", Fixtures.PASSWORD)));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/api/v1/providers", null, key, body);
        HttpResponse<String> second = post("/api/v1/providers", null, key, body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        expect(api().post("/api/v1/providers", null, body), 409);
    }
}
