package cn.eduapp.registry.provider;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import cn.eduapp.registry.support.UsageFixtures;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 21 point 5: a provider's name change reaches the white list; its closing cancels its filings. */
class ProviderChangesIT extends IntegrationTest {

    private String city() {
        return api().token("city-reviewer");
    }

    private static void await(Runnable check) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(check::run);
    }

    @Test
    void anApprovedNameChangeReachesTheFilingsTheWhiteListAndTheVerifyAnswer() {
        PublicationFixtures pub = new PublicationFixtures(api());
        Fixtures.Provider p = fixtures().beijingCompany();
        String androidId = Fixtures.uniqueAndroidId();
        PublicationFixtures.App app = pub.registered(p, "改名测试" + PublicationFixtures.marker(), androidId);
        pub.awaitPublicStatus(app.filingNumber(), "REGISTERED");
        String newName = "北京更名后教育科技" + UUID.randomUUID().toString().substring(0, 6);
        String base = "/api/v1/providers/" + p.id() + "/change-requests";

        expect(api().post(base, p.token(), Api.json(Map.of("reason", "无变更"))), 400);
        Fixtures.Provider other = fixtures().beijingCompany();
        expect(api().post(base, other.token(), Api.json(Map.of("name", newName))), 404);
        JsonNode asked = expect(api().post(base, p.token(), Api.json(Map.of("name", newName,
                "legalRepresentative", "赵六", "address", "北京市海淀区中关村大街1号", "reason", "工商变更登记"))), 201).json();
        assertThat(asked.path("status").asString()).isEqualTo("PENDING");
        expect(api().post(base, p.token(), Api.json(Map.of("address", "又一个地址"))), 409);
        JsonNode queue = expect(api().get("/api/v1/provider-change-requests", city()), 200).json();
        assertThat(queue.path("items").findValuesAsString("id")).contains(asked.path("id").asString());
        String decision = base + "/" + asked.path("id").asString() + "/decision";
        expect(api().post(decision, city(), Api.json(Map.of("approve", false))), 400);
        JsonNode decided = expect(api().post(decision, city(), Api.json(Map.of("approve", true, "comment", "同意"))), 200).json();
        assertThat(decided.path("status").asString()).isEqualTo("APPROVED");
        expect(api().post(decision, city(), Api.json(Map.of("approve", true))), 409);

        assertThat(expect(api().get("/api/v1/providers/" + p.id(), p.token()), 200).text("name")).isEqualTo(newName);
        await(() -> assertThat(api().get("/api/v1/filings/" + app.id(), p.token()).json().path("provider").path("name")
                .asString()).isEqualTo(newName));
        await(() -> {
            JsonNode list = api().get("/api/v1/public/whitelist?q=" + PublicationFixtures.encode(newName), null).json();
            assertThat(list.path("items").findValuesAsString("filingNumber")).containsExactly(app.filingNumber());
        });
        await(() -> assertThat(pub.verify(api().token("cac-officer"), "ANDROID", androidId).text("providerName"))
                .isEqualTo(newName));
    }

    @Test
    void anApprovedClosingCancelsEveryFilingDisablesTheAccountsAndTakesTheAppsOffTheLists() {
        PublicationFixtures pub = new PublicationFixtures(api());
        Fixtures.Provider p = fixtures().beijingCompany();
        String androidId = Fixtures.uniqueAndroidId();
        PublicationFixtures.App app = pub.registered(p, "注销测试" + PublicationFixtures.marker(), androidId);
        pub.awaitPublicStatus(app.filingNumber(), "REGISTERED");
        String draft = fixtures().createFiling(p, a -> { });
        UsageFixtures usage = new UsageFixtures(api());
        UsageFixtures.Institution school = usage.school(usage.district());
        usage.uses(school, app.filingNumber());

        expect(api().post("/api/v1/providers/" + p.id() + "/closure", p.token(), "{}"), 400);
        JsonNode asked = expect(api().post("/api/v1/providers/" + p.id() + "/closure", p.token(),
                Api.json(Map.of("reason", "单位终止"))), 201).json();
        assertThat(asked.path("kind").asString()).isEqualTo("CLOSURE");
        expect(api().post("/api/v1/providers/" + p.id() + "/change-requests/" + asked.path("id").asString()
                + "/decision", city(), Api.json(Map.of("approve", true, "comment", "准予注销"))), 200);

        // the provider can no longer sign in; its filings are cancelled (注销备案), off the lists and out of verify
        assertThat(api().post("/api/v1/auth/login", null, Api.json(Map.of("username", p.username(),
                "password", Fixtures.PASSWORD))).status()).isEqualTo(401);
        await(() -> {
            assertThat(api().get("/api/v1/filings/" + app.id(), city()).text("status")).isEqualTo("CANCELLED");
            assertThat(jdbc.sql("select status from filing where id = ?::uuid").param(draft).query(String.class).single())
                    .isEqualTo("CANCELLED");
        });
        pub.awaitPublicStatus(app.filingNumber(), "CANCELLED");
        await(() -> {
            JsonNode list = api().get("/api/v1/public/whitelist?q=" + PublicationFixtures.encode(app.name()), null).json();
            assertThat(list.path("items").findValuesAsString("filingNumber")).doesNotContain(app.filingNumber());
            assertThat(pub.verify(api().token("cac-officer"), "ANDROID", androidId).text("status")).isNotEqualTo("REGISTERED");
        });
        // the school using the app hears of it
        await(() -> assertThat(api().get("/api/v1/notifications", school.token()).json().path("items")
                .findValuesAsString("kind")).contains("FILING_CANCELLED"));
        assertThat(jdbc.sql("select status from provider where id = ?::uuid").param(p.id()).query(String.class).single())
                .isEqualTo("CLOSED");
    }
}
