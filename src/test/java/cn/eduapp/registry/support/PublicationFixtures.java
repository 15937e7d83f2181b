package cn.eduapp.registry.support;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;

/** Fixtures for the public column and app stores: named apps taken to REGISTERED, waits for the read models. */
public class PublicationFixtures {

    private final Api api;
    private final Fixtures fixtures;

    public PublicationFixtures(Api api) {
        this.api = api;
        this.fixtures = new Fixtures(api);
    }

    public record App(String id, String filingNumber, String androidId, String name) {
    }

    /** Two random common CJK characters: a search term no other test's data holds. */
    public static String marker() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new String(new int[] {0x4E00 + r.nextInt(0x9FA5 - 0x4E00), 0x4E00 + r.nextInt(0x9FA5 - 0x4E00)}, 0, 2);
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A Beijing enterprise registering under the given name. */
    public Fixtures.Provider provider(String name) {
        String username = "pp-" + UUID.randomUUID().toString().substring(0, 8);
        String creditCode = CreditCodes.generate("91", "110108");
        Api.Response r = api.post("/api/v1/providers", null, Api.json(Map.of("name", name, "creditCode", creditCode,
                "legalPersonType", "FOR_PROFIT",
                "contact", Map.of("name", "李四", "phone", "13900000000", "email", "c@d.cn"),
                "account", Map.of("username", username, "password", Fixtures.PASSWORD))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Fixtures(api).verified(new Fixtures.Provider(r.text("id"), name, creditCode, username, api.login(username, Fixtures.PASSWORD)));
    }

    public String draft(Fixtures.Provider p, String name, String androidId) {
        return fixtures.createFiling(p, Fixtures.compliantApp(name, androidId));
    }

    public String approvedByCity(Fixtures.Provider p, String name, String androidId) {
        String id = draft(p, name, androidId);
        expect(api.post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        expect(api.post("/api/v1/filings/" + id + "/city-review", api.token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        return id;
    }

    public App register(String filingId, String name, String androidId) {
        Api.Response r = expect(api.post("/api/v1/filings/" + filingId + "/moe-review", api.token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        return new App(filingId, r.text("filingNumber"), androidId, name);
    }

    public App registered(Fixtures.Provider p, String name) {
        return registered(p, name, Fixtures.uniqueAndroidId());
    }

    public App registered(Fixtures.Provider p, String name, String androidId) {
        return register(approvedByCity(p, name, androidId), name, androidId);
    }

    public String rejected(Fixtures.Provider p, String name) {
        String id = draft(p, name, Fixtures.uniqueAndroidId());
        expect(api.post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        expect(api.post("/api/v1/filings/" + id + "/city-review", api.token("city-reviewer"),
                Api.json(Map.of("decision", "REJECT", "comment", "不符合要求"))), 200);
        return id;
    }

    /** Waits until the public view of the filing shows the status (read models follow after commit). */
    public void awaitPublicStatus(String filingNumber, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Api.Response r = api.get("/api/v1/public/filings/" + encode(filingNumber), null);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.text("status")).isEqualTo(status);
        });
    }

    public Api.Response verify(String token, String platform, String identifier) {
        return api.get("/api/v1/verify?platform=" + platform + "&identifier=" + encode(identifier), token);
    }

    public void awaitVerify(String token, String identifier, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Api.Response r = verify(token, "ANDROID", identifier);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.text("status")).isEqualTo(status);
        });
    }
}
