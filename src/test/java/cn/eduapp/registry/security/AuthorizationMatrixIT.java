package cn.eduapp.registry.security;

import static cn.eduapp.registry.security.AuthorizationMatrixIT.Caller.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every API endpoint, called as every role and anonymously, answers what API.md says: 401 without a
 * token, 403 for a role that may not call it, and for a role that may, its success status or the first
 * 4xx of API.md's order (404 not visible, 400 bad body, 409 state). The bodies sent are empty or {}, so
 * no call changes anything a later row depends on.
 *
 * <p>To add your endpoints, append rows to {@link #endpoints()}: {@code call(method, path).body(json)
 * .expect(status, callers...).others(status)}. Placeholders in paths: {provider} (provider A's id),
 * {submitted} (A's filing in CITY_REVIEW), {draft} (A's DRAFT), {cancelled} (A's CANCELLED filing),
 * {unknown} (a random id); add yours in {@link #objects()}.
 */
class AuthorizationMatrixIT extends IntegrationTest {

    enum Caller {
        ANONYMOUS(null), PROVIDER(null), CITY_REVIEWER("city-reviewer"), MOE_REVIEWER("moe-reviewer"),
        CA_OFFICER("ca-officer"), CAC_OFFICER("cac-officer"), DISTRICT_ADMIN("district-haidian"),
        SCHOOL_ADMIN("school-haidian-1"), DISTRIBUTION_PLATFORM("appstore-demo");

        final String demoUser;

        Caller(String demoUser) {
            this.demoUser = demoUser;
        }
    }

    static final Set<Caller> AGENCIES = EnumSet.of(CITY_REVIEWER, MOE_REVIEWER, CA_OFFICER, CAC_OFFICER);
    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    static final Set<Caller> STAFF = EnumSet.of(CITY_REVIEWER, MOE_REVIEWER, CA_OFFICER, CAC_OFFICER, DISTRICT_ADMIN,
            SCHOOL_ADMIN);

    /** One row of the matrix. */
    static final class Call {
        final String method;
        final String path;
        String body;
        boolean freshToken;
        final Map<Caller, Integer> expected = new EnumMap<>(Caller.class);

        Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Call body(String json) {
            this.body = json;
            return this;
        }

        /** The call spends the caller's token (logout): each caller logs in anew for it. */
        Call freshToken() {
            this.freshToken = true;
            return this;
        }

        Call expect(int status, Caller... callers) {
            for (Caller c : callers) {
                expected.put(c, status);
            }
            return this;
        }

        Call expect(int status, Set<Caller> callers) {
            return expect(status, callers.toArray(Caller[]::new));
        }

        /** Every caller not named yet; anonymous callers get 401 unless named. */
        Call others(int status) {
            expected.putIfAbsent(ANONYMOUS, 401);
            for (Caller c : Caller.values()) {
                expected.putIfAbsent(c, status);
            }
            return this;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Call call(String method, String path) {
        return new Call(method, path);
    }

    static List<Call> endpoints() {
        Set<Caller> providerAndAgencies = EnumSet.of(PROVIDER, CITY_REVIEWER, MOE_REVIEWER, CA_OFFICER, CAC_OFFICER);
        return List.of(
                // identity
                call("POST", "/api/v1/auth/login").body("{}").expect(400, Caller.values()).others(400),
                call("GET", "/api/v1/auth/me").expect(200, SIGNED_IN).others(401),
                call("POST", "/api/v1/auth/logout").freshToken().expect(204, SIGNED_IN).others(401),
                call("POST", "/api/v1/auth/password").body("{}").expect(400, SIGNED_IN).others(401),
                // a secret being set up changes nothing until confirmed
                call("POST", "/api/v1/auth/second-factor").expect(200, STAFF).others(403),
                call("POST", "/api/v1/auth/second-factor/confirmation").body("{}").expect(400, STAFF).others(403),
                call("POST", "/api/v1/auth/second-factor/removal").body("{}").expect(400, STAFF).others(403),
                call("GET", "/api/v1/agency-accounts").expect(200, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/agency-accounts").body("{}").expect(400, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/agency-accounts/{unknown}/disable").expect(404, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/agency-accounts/{unknown}/second-factor-reset").expect(404, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/institutions/{unknown}/accounts/{unknown}/second-factor-reset")
                        .expect(404, CITY_REVIEWER, DISTRICT_ADMIN).others(403),
                call("POST", "/api/v1/institutions/{unknown}/accounts/{unknown}/disable")
                        .expect(404, CITY_REVIEWER, DISTRICT_ADMIN).others(403),
                // provider
                call("POST", "/api/v1/providers").body("{}").expect(400, Caller.values()).others(400),
                call("GET", "/api/v1/providers/{provider}").expect(200, providerAndAgencies).others(404),
                call("GET", "/api/v1/providers/{provider}/licences").expect(200, providerAndAgencies).others(404),
                call("GET", "/api/v1/providers/{unknown}").expect(404, SIGNED_IN).others(404),
                call("POST", "/api/v1/providers/{provider}/licences").body("{}").expect(400, PROVIDER).others(403),
                // filing
                call("POST", "/api/v1/filings").body("{}").expect(400, PROVIDER).others(403),
                call("GET", "/api/v1/filings").expect(200, providerAndAgencies).others(403),
                call("GET", "/api/v1/filings/{submitted}").expect(200, providerAndAgencies).others(403),
                call("GET", "/api/v1/filings/{draft}").expect(200, PROVIDER).expect(404, AGENCIES).others(403),
                call("GET", "/api/v1/filings/{unknown}").expect(404, providerAndAgencies).others(403),
                call("PUT", "/api/v1/filings/{submitted}").body("{}").expect(400, PROVIDER).others(403),
                call("POST", "/api/v1/filings/{submitted}/precheck").expect(200, providerAndAgencies).others(403),
                call("POST", "/api/v1/filings/{submitted}/submit").expect(409, PROVIDER).others(403),
                call("POST", "/api/v1/filings/{submitted}/city-review").body("{}").expect(400, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/filings/{draft}/city-review").body("{}").expect(404, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/filings/{submitted}/classification").body("{}").expect(400, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/filings/{draft}/classification").body("{}").expect(404, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/filings/{submitted}/moe-review").body("{}").expect(400, MOE_REVIEWER).others(403),
                call("POST", "/api/v1/filings/{cancelled}/cancel").expect(409, PROVIDER).others(403),
                // changes to registered filings and re-checks
                call("POST", "/api/v1/filings/{submitted}/revisions").body("{}").expect(400, PROVIDER).others(403),
                call("GET", "/api/v1/filings/{submitted}/revisions").expect(200, providerAndAgencies).others(403),
                call("GET", "/api/v1/filings/{submitted}/revisions/{unknown}").expect(404, providerAndAgencies).others(403),
                call("POST", "/api/v1/filings/{submitted}/revisions/{unknown}/submit").expect(404, PROVIDER).others(403),
                call("POST", "/api/v1/filings/{submitted}/revisions/{unknown}/city-review").body("{}").expect(404, CITY_REVIEWER).others(403),
                call("GET", "/api/v1/recheck-alerts?status=OPEN").expect(200, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/recheck-alerts/{unknown}/dismissal").body("{}").expect(404, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/providers/{provider}/licences/{unknown}/revocation").body("{}").expect(404, CITY_REVIEWER).others(403),
                // audit
                call("GET", "/api/v1/audit").expect(200, CITY_REVIEWER).others(403),
                call("GET", "/api/v1/audit?entityType=FILING&entityId={submitted}").expect(200, CITY_REVIEWER).others(403),
                call("GET", "/api/v1/audit/verification").expect(200, CITY_REVIEWER).others(403),
                // the city's figures
                call("GET", "/api/v1/dashboard").expect(200, CITY_REVIEWER).others(403),
                // issue 23: certificates, announcements, spreadsheets, the outbox
                call("GET", "/api/v1/filings/{submitted}/certificate").expect(409, providerAndAgencies).others(403),
                call("GET", "/api/v1/filings/{unknown}/certificate").expect(404, providerAndAgencies).others(403),
                call("POST", "/api/v1/announcements").body("{}").expect(400, CITY_REVIEWER).others(403),
                call("GET", "/api/v1/public/announcements").expect(200, Caller.values()).others(200),
                call("GET", "/api/v1/public/whitelist.xlsx").expect(200, Caller.values()).others(200),
                call("GET", "/api/v1/filings.xlsx").expect(200, providerAndAgencies).others(403),
                call("GET", "/api/v1/complaints.xlsx").expect(200, AGENCIES).others(403),
                call("GET", "/api/v1/rectifications.xlsx").expect(200, providerAndAgencies).others(403),
                call("GET", "/api/v1/districts.xlsx").expect(200, AGENCIES).others(403),
                call("GET", "/api/v1/outbox").expect(200, CITY_REVIEWER).others(403),
                call("POST", "/api/v1/outbox/{unknown}/retry").expect(404, CITY_REVIEWER).others(403),
                call("PUT", "/api/v1/outbox/contacts/{unknown}").body("{}").expect(204, CITY_REVIEWER).others(403));
    }

    private Fixtures.Provider providerA;
    private Map<String, String> objects;

    /** The objects the rows name, all belonging to provider A (who is the PROVIDER caller). */
    private Map<String, String> objects() {
        if (objects == null) {
            providerA = fixtures().beijingCompany();
            String draft = fixtures().createFiling(providerA, a -> { });
            String submitted = fixtures().submitted(providerA);
            String cancelled = fixtures().createFiling(providerA, a -> { });
            Fixtures.expect(api().post("/api/v1/filings/" + cancelled + "/cancel", providerA.token()), 200);
            objects = Map.of("{provider}", providerA.id(), "{draft}", draft, "{submitted}", submitted,
                    "{cancelled}", cancelled, "{unknown}", UUID.randomUUID().toString());
        }
        return objects;
    }

    private String token(Caller caller, boolean fresh) {
        if (caller == ANONYMOUS) {
            return null;
        }
        if (caller == PROVIDER) {
            return fresh ? api().login(providerA.username(), Fixtures.PASSWORD) : providerA.token();
        }
        return fresh ? api().login(caller.demoUser, Api.DEMO_PASSWORD) : api().token(caller.demoUser);
    }

    private String resolve(String path) {
        String p = path;
        for (var e : objects().entrySet()) {
            p = p.replace(e.getKey(), e.getValue());
        }
        return p;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsApiMdSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Call c : endpoints()) {
            for (Caller caller : Caller.values()) {
                int want = c.expected.get(caller);
                tests.add(DynamicTest.dynamicTest(c + " as " + caller + " → " + want, () -> {
                    String path = resolve(c.path);
                    Api.Response r = api().send(c.method, path, token(caller, c.freshToken), "application/json",
                            c.body == null ? new byte[0] : c.body.getBytes(StandardCharsets.UTF_8));
                    assertThat(r.status()).as(c + " as " + caller + ": " + r.body()).isEqualTo(want);
                    if (want >= 400) {
                        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void oneProvidersObjectsAreInvisibleToAnother() {
        Map<String, String> o = objects();
        Fixtures.Provider other = fixtures().beijingCompany();
        String licence = fixtures().addLicence(providerA, "CIVIL_AFFAIRS_REGISTRATION", "京民证字第0001号", "2025-01-01", "2030-12-31");
        String t = other.token();
        String a = providerA.id();
        String filing = o.get("{submitted}");
        assertThat(api().get("/api/v1/providers/" + a, t).status()).isEqualTo(404);
        Api.Response licences = api().get("/api/v1/providers/" + a + "/licences", t);
        assertThat(licences.status()).isEqualTo(404);
        assertThat(licences.body()).doesNotContain(licence);
        assertThat(api().post("/api/v1/providers/" + a + "/licences", t, "{}").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/filings/" + filing, t).status()).isEqualTo(404);
        assertThat(api().put("/api/v1/filings/" + o.get("{draft}"), t, "{}").status()).isEqualTo(404);
        assertThat(api().post("/api/v1/filings/" + filing + "/precheck", t).status()).isEqualTo(404);
        assertThat(api().post("/api/v1/filings/" + o.get("{draft}") + "/submit", t).status()).isEqualTo(404);
        assertThat(api().post("/api/v1/filings/" + filing + "/cancel", t).status()).isEqualTo(404);
        Api.Response list = api().get("/api/v1/filings?size=200", t);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(filing).doesNotContain(providerA.name());

        // the owner still sees everything
        assertThat(api().get("/api/v1/providers/" + a + "/licences", providerA.token()).body()).contains(licence);
        assertThat(api().get("/api/v1/filings?size=200", providerA.token()).body()).contains(filing);
        // institutions and app stores see no provider at all
        assertThat(api().get("/api/v1/providers/" + a, api().token("school-haidian-1")).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/providers/" + a, api().token("appstore-demo")).status()).isEqualTo(404);
    }
}
