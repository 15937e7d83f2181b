package cn.eduapp.registry.security;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.inspection.internal.apk.TestApks;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.system.security.RateLimitFilter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Object-level authorization over real HTTP, as data: for every endpoint that takes the id of something
 * owned (a provider's profile, licences, filings, revisions, packages, orders, cases and their documents;
 * an institution, its accounts, its use filings and notifications; a complaint held by one agency; an app
 * store's notices), the owner or its agency reaches it, and a second provider, school, district or agency
 * of the same role gets 404 (not 403, not 200), as API.md's errors say: "not visible to the caller". The
 * objects are made once for the class through the real API; each row is a dynamic test named after it.
 */
class AuthorizationMatrixObjectsIT extends IntegrationTest {

    @Autowired
    RateLimitFilter rateLimit;

    /** What a row expects of one caller. */
    enum Outcome {
        /** Not refused: neither 401, 403 nor 404 (a 400/409/422 for the empty body is fine). */
        REACHES,
        /** 404: the object is not visible to the caller. */
        HIDDEN,
        /** 200, and the answer does not name the object (a list). */
        NOT_LISTED
    }

    record Expectation(String caller, Outcome outcome, String object) {
    }

    /** One row: a call on an owned object and who reaches it, who does not see it. */
    static final class Row {
        final String method;
        final String path;
        String body = "{}";
        String contentType = "application/json";
        byte[] bytes;
        final List<Expectation> expectations = new ArrayList<>();

        Row(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Row body(String json) {
            this.body = json;
            return this;
        }

        Row multipart(String contentType, byte[] bytes) {
            this.contentType = contentType;
            this.bytes = bytes;
            return this;
        }

        Row reaches(String... callers) {
            for (String c : callers) {
                expectations.add(new Expectation(c, Outcome.REACHES, null));
            }
            return this;
        }

        Row hidden(String... callers) {
            for (String c : callers) {
                expectations.add(new Expectation(c, Outcome.HIDDEN, null));
            }
            return this;
        }

        /** A list: the callers get 200 without the object in it. */
        Row notListing(String object, String... callers) {
            for (String c : callers) {
                expectations.add(new Expectation(c, Outcome.NOT_LISTED, object));
            }
            return this;
        }
    }

    static Row call(String method, String path) {
        return new Row(method, path);
    }

    // the callers: provider A owns; B is a second provider; district X holds schools X1 and X2, district Y school Y1
    static final String A = "provider A", B = "provider B", CITY = "city-reviewer", MOE = "moe-reviewer",
            CA = "ca-officer", CAC = "cac-officer", DX = "district X", DY = "district Y", X1 = "school X1",
            X2 = "school X2 (same district)", Y1 = "school Y1", STORE = "appstore-demo", STORE2 = "app store 2";

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();

    private String id(String name) {
        return ids.get(name);
    }

    /** The objects, all made once: A's filings (draft, two registered), revision, package, licence, order, case... */
    private void makeObjects() {
        Fixtures fixtures = fixtures();
        UsageFixtures usage = new UsageFixtures(api());
        String city = api().token(CITY);
        Fixtures.Provider a = fixtures.beijingCompany();
        Fixtures.Provider b = fixtures.beijingCompany();
        tokens.put(A, a.token());
        tokens.put(B, b.token());
        ids.put("{A}", a.id());
        ids.put("{B}", b.id());
        ids.put("{licence}", fixtures.addLicence(a, "CIVIL_AFFAIRS_REGISTRATION", "京民证字第0016号", "2025-01-01", "2030-12-31"));

        String androidId = Fixtures.uniqueAndroidId();
        ids.put("{draft}", fixtures.createFiling(a, Fixtures.compliantApp("矩阵草稿" + suffix(), androidId)));
        ids.put("{package}", expect(api().send("POST", "/api/v1/filings/" + id("{draft}") + "/packages", a.token(),
                MULTIPART, apk(androidId)), 201).text("id"));
        ids.put("{registered}", fixtures.registered(a));
        ids.put("{ordered}", fixtures.registered(a));
        String orderedNumber = fixtures.filingNumber(id("{ordered}"), a);
        ids.put("{revision}", expect(api().post("/api/v1/filings/" + id("{registered}") + "/revisions", a.token(),
                Api.json(Map.of("app", Fixtures.compliantApp("矩阵变更" + suffix(), Fixtures.uniqueAndroidId())))), 201)
                .text("id"));

        UsageFixtures.Institution dx = usage.district();
        UsageFixtures.Institution dy = usage.district();
        UsageFixtures.Institution x1 = usage.school(dx);
        UsageFixtures.Institution x2 = usage.school(dx);
        UsageFixtures.Institution y1 = usage.school(dy);
        tokens.put(DX, dx.token());
        tokens.put(DY, dy.token());
        tokens.put(X1, x1.token());
        tokens.put(X2, x2.token());
        tokens.put(Y1, y1.token());
        ids.put("{DX}", dx.id());
        ids.put("{X1}", x1.id());
        ids.put("{X2}", x2.id());
        ids.put("{use}", usage.uses(x1, orderedNumber));
        UsageFixtures.Institution spare = usage.withAccount(x1.id(), x1.name(), "SCHOOL_ADMIN", dx.token());
        for (JsonNode account : api().get("/api/v1/institutions/" + x1.id() + "/accounts", dx.token()).json().path("items")) {
            if (account.path("username").asString().equals(spare.username())) {
                ids.put("{spareAccount}", account.path("id").asString());
            }
        }
        assertThat(id("{spareAccount}")).as("the spare account's id").isNotNull();

        // an order the city found refused: a case with its prior notice; the school using the app is told
        ids.put("{order}", expect(api().post("/api/v1/rectifications", city, Api.json(Map.of("filingId", id("{ordered}"),
                "reason", "应用内存在诱导未成年人消费的内容", "clause", "京教信〔2022〕5号 三", "deadlineWorkingDays", 10))), 201)
                .text("id"));
        expect(api().post("/api/v1/rectifications/" + id("{order}") + "/refusal-finding", city,
                Api.json(Map.of("evidence", "约谈时明确拒绝整改"))), 200);
        JsonNode order = api().get("/api/v1/rectifications/" + id("{order}"), city).json();
        ids.put("{orderDocument}", order.path("documents").get(0).path("id").asString());
        ids.put("{case}", order.path("caseIds").get(0).asString());
        ids.put("{caseDocument}", api().get("/api/v1/enforcement-cases/" + id("{case}"), city).json()
                .path("documents").get(0).path("id").asString());
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(api().get("/api/v1/notifications", x1.token()).json().path("items").size()).isPositive());
        ids.put("{notification}", api().get("/api/v1/notifications", x1.token()).json().path("items").get(0)
                .path("id").asString());

        // a complaint about ads: held by the education commission (the city), not the CA, CAC or MoE
        rateLimit.reset();
        Api.Response receipt = expect(api().post("/api/v1/public/complaints", null, Api.json(Map.of(
                "category", "ADVERTISING", "appName", "矩阵投诉应用" + suffix(), "description", "应用内弹出游戏广告",
                "contact", Map.of("name", "王五", "phone", "13700000000")))), 201);
        rateLimit.reset();
        ids.put("{tracking}", receipt.text("trackingNumber"));
        ids.put("{accessCode}", receipt.text("accessCode"));
        for (JsonNode c : api().get("/api/v1/complaints?size=200", city).json().path("items")) {
            if (c.path("trackingNumber").asString().equals(id("{tracking}"))) {
                ids.put("{complaint}", c.path("id").asString());
            }
        }
        assertThat(id("{complaint}")).as("the complaint in the city's queue").isNotNull();

        // a takedown notice delivered to the app stores of the day; a store created after it has none
        ids.put("{takedown}", expect(api().post("/api/v1/takedown-notices", api().token(CAC), Api.json(Map.of(
                "filingNumber", fixtures.filingNumber(id("{registered}"), a), "reason", "矩阵测试：下架通知"))), 201)
                .text("id"));
        JsonNode store2 = expect(api().post("/api/v1/app-stores", api().token(CAC),
                Api.json(Map.of("name", "矩阵应用商店" + suffix()))), 201).json();
        tokens.put(STORE2, api().login(store2.path("username").asString(), store2.path("password").asString()));
    }

    /** A valid declaration: the object check must not hide behind the body's (API.md: 404 before 400). */
    private static final String APP = Api.json(Map.of("app",
            Fixtures.compliantApp("矩阵他人变更", "cn.matrix.other" + UUID.randomUUID().toString().substring(0, 6))));

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static final String BOUNDARY = "matrix" + UUID.randomUUID().toString().replace("-", "");
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    /** A minimal APK of that package name as a multipart body (part {@code file}). */
    private static byte[] apk(String packageName) {
        byte[] apk = TestApks.apk(TestApks.manifest(packageName, 1L, "1.0.0", 21, 34, List.of(), List.of(".MainActivity")),
                List.of(TestApks.dex(List.of(packageName + ".MainActivity"))), Map.of());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"app.apk\"\r\n"
                + "Content-Type: application/vnd.android.package-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(apk);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** The table: each owned object's endpoints, the owner's side reaching it, the same role's others not seeing it. */
    private List<Row> rows() {
        return List.of(
                // the provider's organisation
                call("GET", "/api/v1/providers/{A}").reaches(A, CITY, MOE, CA, CAC).hidden(B),
                call("GET", "/api/v1/providers/{A}/licences").reaches(A, CITY).hidden(B),
                call("POST", "/api/v1/providers/{A}/licences").reaches(A).hidden(B),
                call("POST", "/api/v1/providers/{A}/licences/{licence}/revocation").reaches(CITY),
                call("POST", "/api/v1/providers/{B}/licences/{licence}/revocation").body("{\"reason\":\"颁发机关撤回\"}")
                        .hidden(CITY),
                // a draft is the provider's alone (agencies see filings from the first submission on)
                call("GET", "/api/v1/filings/{draft}").reaches(A).hidden(B, CITY, MOE, CA, CAC),
                call("PUT", "/api/v1/filings/{draft}").reaches(A).hidden(B),
                call("POST", "/api/v1/filings/{draft}/precheck").reaches(A).hidden(B),
                call("POST", "/api/v1/filings/{draft}/submit").hidden(B),
                call("POST", "/api/v1/filings/{draft}/cancel").hidden(B),
                call("GET", "/api/v1/filings/{registered}").reaches(A, CITY, MOE, CA, CAC).hidden(B),
                call("POST", "/api/v1/filings/{registered}/precheck").reaches(A, CITY).hidden(B),
                call("GET", "/api/v1/filings/{registered}/certificate").reaches(A, CITY, MOE, CA, CAC).hidden(B),
                call("GET", "/api/v1/filings?size=200").notListing("{registered}", B),
                // revisions (of {registered}; {ordered} is another filing of the same provider)
                call("GET", "/api/v1/filings/{registered}/revisions").reaches(A, CITY).hidden(B),
                call("POST", "/api/v1/filings/{registered}/revisions").body(APP).reaches(A).hidden(B),
                // the revision is a DRAFT: like a draft filing, the provider's alone until submitted
                call("GET", "/api/v1/filings/{registered}/revisions/{revision}").reaches(A).hidden(B, CITY, MOE),
                call("GET", "/api/v1/filings/{ordered}/revisions/{revision}").hidden(A, CITY),
                call("PUT", "/api/v1/filings/{registered}/revisions/{revision}").body(APP).reaches(A).hidden(B),
                call("POST", "/api/v1/filings/{registered}/revisions/{revision}/precheck").reaches(A).hidden(B),
                call("POST", "/api/v1/filings/{registered}/revisions/{revision}/submit").hidden(B),
                call("GET", "/api/v1/filings/{registered}/revisions/{revision}/diff").reaches(A).hidden(B, CITY),
                // packages (of the draft)
                call("GET", "/api/v1/filings/{draft}/packages").reaches(A).hidden(B),
                call("GET", "/api/v1/filings/{draft}/packages/{package}").reaches(A).hidden(B),
                call("GET", "/api/v1/filings/{registered}/packages/{package}").hidden(A),
                call("POST", "/api/v1/filings/{draft}/packages").multipart(MULTIPART, apk("cn.matrix.other")).hidden(B),
                // the rectification order, its case and their documents
                call("GET", "/api/v1/rectifications/{order}").reaches(A, CITY, MOE, CA, CAC).hidden(B),
                call("POST", "/api/v1/rectifications/{order}/response").reaches(A).hidden(B),
                call("GET", "/api/v1/rectifications?size=200").notListing("{order}", B),
                call("GET", "/api/v1/enforcement-cases/{case}").reaches(A, CITY, MOE, CA, CAC).hidden(B),
                call("POST", "/api/v1/enforcement-cases/{case}/statement").reaches(A).hidden(B),
                call("GET", "/api/v1/enforcement-cases?size=200").notListing("{case}", B),
                call("GET", "/api/v1/documents/{orderDocument}").reaches(A, CITY, CAC).hidden(B),
                call("GET", "/api/v1/documents/{caseDocument}").reaches(A, CITY, CA).hidden(B),
                // the school's use filing: the school and its district; not another school, not another district
                call("GET", "/api/v1/usage-filings/{use}").reaches(X1, DX, CITY).hidden(X2, Y1, DY),
                call("GET", "/api/v1/usage-filings?size=200").notListing("{use}", X2, Y1, DY),
                call("POST", "/api/v1/usage-filings/{use}/end").hidden(X2, Y1, DY),
                call("GET", "/api/v1/institutions/{X1}").reaches(X1, DX, CITY).hidden(X2, Y1, DY),
                call("GET", "/api/v1/institutions?size=200").notListing("{X1}", DY, Y1),
                call("GET", "/api/v1/institutions/{X1}/accounts").reaches(DX, CITY).hidden(DY),
                call("POST", "/api/v1/institutions/{X1}/accounts").reaches(DX).hidden(DY),
                call("POST", "/api/v1/institutions/{X1}/accounts/{spareAccount}/second-factor-reset").hidden(DY),
                call("POST", "/api/v1/institutions/{X1}/accounts/{spareAccount}/disable").hidden(DY),
                call("POST", "/api/v1/institutions/{X2}/accounts/{spareAccount}/disable").hidden(DX),
                call("GET", "/api/v1/districts/{DX}/apps").reaches(DX, CITY).hidden(DY),
                // the school's notification about the app it uses
                call("POST", "/api/v1/notifications/{notification}/read").hidden(X2, Y1, DY, B, CITY).reaches(X1),
                call("GET", "/api/v1/notifications?size=200").notListing("{notification}", X2, Y1, B),
                // a complaint about ads is the education commission's: the CA, the CAC and the MoE do not see it
                call("GET", "/api/v1/complaints/{complaint}").reaches(CITY).hidden(CA, CAC, MOE),
                call("POST", "/api/v1/complaints/{complaint}/resolve").reaches(CITY).hidden(CA, CAC, MOE),
                call("POST", "/api/v1/complaints/{complaint}/reassign").reaches(CITY).hidden(CA, CAC, MOE),
                call("GET", "/api/v1/complaints?size=200").notListing("{complaint}", CA, CAC),
                call("GET", "/api/v1/public/complaints/{tracking}?accessCode={accessCode}").reaches("anonymous"),
                call("GET", "/api/v1/public/complaints/{tracking}?accessCode=WRONG0000").hidden("anonymous"),
                // an app store acts only on its own notices
                call("POST", "/api/v1/distribution/notices/{takedown}/ack").reaches(STORE).hidden(STORE2),
                call("GET", "/api/v1/distribution/notices?size=200").notListing("{takedown}", STORE2),
                // last, as they change the spare account: its district may reset and disable it
                call("POST", "/api/v1/institutions/{X1}/accounts/{spareAccount}/second-factor-reset").reaches(DX),
                call("POST", "/api/v1/institutions/{X1}/accounts/{spareAccount}/disable").reaches(DX));
    }

    private String resolve(String text) {
        String p = text;
        for (var e : ids.entrySet()) {
            p = p.replace(e.getKey(), e.getValue());
        }
        return p;
    }

    private String token(String caller) {
        if (caller.equals("anonymous")) {
            return null;
        }
        return tokens.computeIfAbsent(caller, c -> api().token(c));
    }

    /**
     * API.md: "Checks run in this order ... 404 (no such object, or not visible), 400 (body)". Every other
     * owned-object endpoint answers another provider 404 whatever the body; proposing a change and editing a
     * filing must too, even though their bodies are read and validated in the controller.
     */
    @Test
    void anotherProvidersEmptyChangeProposalIs404BeforeTheBodyIsRead() {
        Fixtures.Provider owner = fixtures().beijingCompany();
        Fixtures.Provider other = fixtures().beijingCompany();
        String filing = fixtures().registered(owner);
        expect(api().post("/api/v1/filings/" + filing + "/revisions", other.token(), "{}"), 404);
        expect(api().put("/api/v1/filings/" + filing, other.token(), "{}"), 404);
    }

    @TestFactory
    Stream<DynamicTest> theOwnerReachesItsObjectsAndAnotherOfTheSameRoleGets404() {
        makeObjects();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (Expectation e : row.expectations) {
                String name = row.method + " " + row.path + " as " + e.caller() + " → " + switch (e.outcome()) {
                    case REACHES -> "reaches it";
                    case HIDDEN -> "404";
                    case NOT_LISTED -> "200 without " + e.object();
                };
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String path = resolve(row.path);
                    byte[] body = row.bytes != null ? row.bytes : resolve(row.body).getBytes(StandardCharsets.UTF_8);
                    Api.Response r = api().send(row.method, path, token(e.caller()), row.contentType, body);
                    String as = name + ": " + r.status() + " " + r.body();
                    assertThat(r.status()).as(as).isLessThan(500);
                    switch (e.outcome()) {
                        case REACHES -> assertThat(r.status()).as(as).isNotIn(401, 403, 404);
                        case HIDDEN -> assertThat(r.status()).as(as).isEqualTo(404);
                        case NOT_LISTED -> {
                            assertThat(r.status()).as(as).isEqualTo(200);
                            assertThat(r.body()).as(as).doesNotContain(id(e.object()));
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }
}
