package cn.eduapp.registry.distribution;

import static cn.eduapp.registry.support.Fixtures.expect;
import static cn.eduapp.registry.support.PublicationFixtures.encode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class VerifyIT extends IntegrationTest {

    static final Actor CITY = new Actor("city-reviewer", "");

    @Autowired
    FilingManagement filings;

    @Autowired
    ProviderManagement providers;

    PublicationFixtures pub() {
        return new PublicationFixtures(api());
    }

    String store() {
        return api().token("appstore-demo");
    }

    @Test
    void verifyAnswersEveryStatus() {
        Fixtures.Provider p = fixtures().beijingCompany();
        PublicationFixtures.App registered = pub().registered(p, "核验已备案");
        PublicationFixtures.App rectifying = pub().registered(p, "核验整改");
        PublicationFixtures.App revoked = pub().registered(p, "核验撤销");
        PublicationFixtures.App listed = pub().registered(p, "核验列入黑名单");
        filings.orderRectification(rectifying.id(), CITY, "隐私政策不完整");
        filings.revoke(revoked.id(), CITY, "逾期未整改");
        String draftId = Fixtures.uniqueAndroidId();
        pub().draft(p, "核验草稿", draftId);
        PublicationFixtures.App cancelled = pub().registered(p, "核验注销");
        expect(api().post("/api/v1/filings/" + cancelled.id() + "/cancel", p.token()), 200);

        pub().awaitVerify(store(), registered.androidId(), "REGISTERED");
        pub().awaitVerify(store(), rectifying.androidId(), "UNDER_RECTIFICATION");
        pub().awaitVerify(store(), revoked.androidId(), "REVOKED");
        pub().awaitVerify(store(), cancelled.androidId(), "NOT_FILED");
        assertThat(pub().verify(store(), "ANDROID", draftId).text("status")).isEqualTo("NOT_FILED");
        assertThat(pub().verify(store(), "ANDROID", "cn.nobody.never.filed").text("status")).isEqualTo("NOT_FILED");
        // the identifier matches exactly, on its platform
        assertThat(pub().verify(store(), "IOS", registered.androidId()).text("status")).isEqualTo("NOT_FILED");
        assertThat(pub().verify(store(), "ANDROID", registered.androidId() + "x").text("status")).isEqualTo("NOT_FILED");

        JsonNode ok = pub().verify(store(), "ANDROID", registered.androidId()).json();
        assertThat(ok.path("filingNumber").asString()).isEqualTo(registered.filingNumber());
        assertThat(ok.path("appName").asString()).isEqualTo("核验已备案");
        assertThat(ok.path("providerName").asString()).isEqualTo(p.name());
        assertThat(ok.path("category").asString()).isEqualTo("NON_SUBJECT_TRAINING");
        assertThat(Instant.parse(ok.path("asOf").asString())).isBefore(Instant.now().plusSeconds(5));
        assertThat(ok.has("signatureMatches")).isFalse();
        JsonNode none = pub().verify(store(), "ANDROID", "cn.nobody.never.filed").json();
        assertThat(none.has("filingNumber")).isTrue();
        assertThat(none.path("filingNumber").isNull()).isTrue();

        // 五 as issue 20 reads it: the app concerned, revoked and listed by a decision, answers BLACKLISTED; the
        // provider, barred from new filings, keeps its other apps answering as their own filings stand
        new cn.eduapp.registry.enforcement.EnforcementFixtures(api()).revokeAndList(listed.id(), p);
        pub().awaitVerify(store(), listed.androidId(), "BLACKLISTED");
        pub().awaitVerify(store(), registered.androidId(), "REGISTERED");
        pub().awaitVerify(store(), rectifying.androidId(), "UNDER_RECTIFICATION");
        pub().awaitVerify(store(), revoked.androidId(), "REVOKED");
        assertThat(api().get("/api/v1/filings/" + registered.id(), p.token()).text("status")).isEqualTo("REGISTERED");
        // agencies may verify too
        pub().awaitVerify(api().token("cac-officer"), listed.androidId(), "BLACKLISTED");
        pub().awaitVerify(api().token("city-reviewer"), listed.androidId(), "BLACKLISTED");
    }

    @Test
    void whereSeveralFilingsShareAnIdentifierRegisteredBeatsUnderRectificationBeatsRevoked() {
        String shared = Fixtures.uniqueAndroidId();
        Fixtures.Provider a = fixtures().beijingCompany();
        Fixtures.Provider b = fixtures().beijingCompany();
        Fixtures.Provider c = fixtures().beijingCompany();
        PublicationFixtures.App old = pub().registered(a, "旧版撤销", shared);
        filings.revoke(old.id(), CITY, "撤销");
        pub().awaitVerify(store(), shared, "REVOKED");
        PublicationFixtures.App fixing = pub().registered(b, "整改中版本", shared);
        filings.orderRectification(fixing.id(), CITY, "整改");
        pub().awaitVerify(store(), shared, "UNDER_RECTIFICATION");
        assertThat(pub().verify(store(), "ANDROID", shared).text("filingNumber")).isEqualTo(fixing.filingNumber());
        PublicationFixtures.App current = pub().registered(c, "现行版本", shared);
        pub().awaitVerify(store(), shared, "REGISTERED");
        assertThat(pub().verify(store(), "ANDROID", shared).text("filingNumber")).isEqualTo(current.filingNumber());
        // the rectification accepted: still REGISTERED, either filing may answer, but not the revoked one
        filings.acceptRectification(fixing.id(), CITY, "整改通过");
        filings.revoke(current.id(), CITY, "撤销");
        pub().awaitVerify(store(), shared, "REGISTERED");
        org.awaitility.Awaitility.await().untilAsserted(() ->
                assertThat(pub().verify(store(), "ANDROID", shared).text("filingNumber")).isEqualTo(fixing.filingNumber()));
    }

    @Test
    void verifyRefusesStrangersWrongRolesAndBadQuestions() {
        Fixtures.Provider p = fixtures().beijingCompany();
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b", null), 401);
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b", "not-a-token"), 401);
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b", p.token()), 403);
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b", api().token("school-haidian-1")), 403);
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b", api().token("district-haidian")), 403);
        // the role check comes before the parameters
        expect(api().get("/api/v1/verify?platform=WINDOWS&identifier=com.a.b", p.token()), 403);
        Api.Response unknown = expect(api().get("/api/v1/verify?platform=WINDOWS&identifier=com.a.b", store()), 400);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("platform");
        expect(api().get("/api/v1/verify?identifier=com.a.b", store()), 400);
        expect(api().get("/api/v1/verify?platform=ANDROID", store()), 400);
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=" + encode("  "), store()), 400);
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b&certSha256=xyz", store()), 400);
        // a well-formed certificate digest with no registered certificate known: no signatureMatches
        JsonNode noCert = expect(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b&certSha256="
                + "ab".repeat(32), store()), 200).json();
        assertThat(noCert.has("signatureMatches")).isFalse();
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b", api().token("moe-reviewer")), 200);
        expect(api().get("/api/v1/verify?platform=ANDROID&identifier=com.a.b", api().token("ca-officer")), 200);
    }

    @Test
    void aReleaseOfAnUnregisteredAppRaisesAnAlertTheCacSees() {
        Fixtures.Provider p = fixtures().beijingCompany();
        PublicationFixtures.App registered = pub().registered(p, "上架已备案");
        pub().awaitVerify(store(), registered.androidId(), "REGISTERED");
        String unknown = Fixtures.uniqueAndroidId();

        Api.Response bad = expect(api().post("/api/v1/distribution/releases", store(), Api.json(Map.of(
                "platform", "ANDROID", "identifier", unknown, "version", "2.0.1", "releasedAt", "2026-11-28T10:00:00+08:00"))), 201);
        assertThat(bad.text("status")).isEqualTo("NOT_FILED");
        assertThat(bad.json().path("alertRaised").asBoolean()).isTrue();
        Api.Response good = expect(api().post("/api/v1/distribution/releases", store(), Api.json(Map.of(
                "platform", "ANDROID", "identifier", registered.androidId(), "version", "1.0.1",
                "releasedAt", "2026-11-28T02:00:00Z"))), 201);
        assertThat(good.text("status")).isEqualTo("REGISTERED");
        assertThat(good.json().path("alertRaised").asBoolean()).isFalse();

        JsonNode alerts = expect(api().get("/api/v1/distribution/alerts?size=200", api().token("cac-officer")), 200).json();
        assertThat(alerts.path("page").asInt()).isZero();
        JsonNode alert = null;
        for (JsonNode a : alerts.path("items")) {
            if (a.path("identifier").asString().equals(unknown)) {
                alert = a;
            }
            assertThat(a.path("identifier").asString()).isNotEqualTo(registered.androidId());
        }
        assertThat(alert).as(alerts.toString()).isNotNull();
        assertThat(alert.path("status").asString()).isEqualTo("NOT_FILED");
        assertThat(alert.path("version").asString()).isEqualTo("2.0.1");
        assertThat(alert.path("appStore").asString()).isEqualTo("示例应用商店");
        assertThat(alert.path("releasedAt").asString()).isEqualTo("2026-11-28T02:00:00Z");

        expect(api().get("/api/v1/distribution/alerts", store()), 403);
        expect(api().get("/api/v1/distribution/alerts", api().token("city-reviewer")), 403);
        expect(api().get("/api/v1/distribution/alerts", null), 401);
        expect(api().post("/api/v1/distribution/releases", p.token(), Api.json(Map.of("platform", "ANDROID"))), 403);
        expect(api().post("/api/v1/distribution/releases", api().token("cac-officer"), "{}"), 403);
        expect(api().post("/api/v1/distribution/releases", store(), Api.json(Map.of(
                "platform", "WINDOWS", "identifier", unknown, "version", "1", "releasedAt", "2026-11-28T10:00:00+08:00"))), 400);
        expect(api().post("/api/v1/distribution/releases", store(), Api.json(Map.of(
                "platform", "ANDROID", "identifier", unknown, "version", "1"))), 400);
        expect(api().post("/api/v1/distribution/releases", store(), "{not json"), 400);
    }

    @Test
    void theCacCreatesAnAppStoreWhoseTokensStopWorkingWhenRevoked() {
        String cac = api().token("cac-officer");
        expect(api().post("/api/v1/app-stores", api().token("city-reviewer"), Api.json(Map.of("name", "某应用市场"))), 403);
        expect(api().post("/api/v1/app-stores", store(), Api.json(Map.of("name", "某应用市场"))), 403);
        expect(api().post("/api/v1/app-stores", cac, "{}"), 400);
        Api.Response created = expect(api().post("/api/v1/app-stores", cac, Api.json(Map.of("name", "测试应用市场"))), 201);
        String id = created.text("id");
        String username = created.text("username");
        String password = created.text("password");
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        expect(api().post("/api/v1/app-stores", cac, Api.json(Map.of("name", "重名", "username", username))), 409);

        String token = api().login(username, password);
        expect(pub().verify(token, "ANDROID", "com.a.b"), 200);
        expect(pub().verify(token, "ANDROID", "com.a.b"), 200);
        // a logout ends the token at once, although app-store tokens are remembered for a few seconds
        String other = api().login(username, password);
        expect(pub().verify(other, "ANDROID", "com.a.b"), 200);
        expect(api().post("/api/v1/auth/logout", other), 204);
        expect(pub().verify(other, "ANDROID", "com.a.b"), 401);
        expect(pub().verify(token, "ANDROID", "com.a.b"), 200);
        JsonNode list = expect(api().get("/api/v1/app-stores?size=200", cac), 200).json();
        assertThat(list.toString()).contains(id, username).doesNotContain(password);

        JsonNode revoked = expect(api().post("/api/v1/app-stores/" + id + "/revocation", cac), 200).json();
        assertThat(revoked.path("active").asBoolean()).isFalse();
        expect(pub().verify(token, "ANDROID", "com.a.b"), 401);
        assertThat(api().post("/api/v1/auth/login", null, Api.json(Map.of("username", username, "password", password))).status())
                .isEqualTo(401);
        expect(api().post("/api/v1/app-stores/not-an-id/revocation", cac), 404);
        expect(api().post("/api/v1/app-stores/" + p0() + "/revocation", cac), 404);
    }

    /** An organisation that is not an app store: the CAC's own (demo data's fixed id). */
    private static String p0() {
        return java.util.UUID.nameUUIDFromBytes("eduapp-demo:cac".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
