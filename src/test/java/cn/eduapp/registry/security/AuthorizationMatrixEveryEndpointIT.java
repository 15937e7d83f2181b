package cn.eduapp.registry.security;

import static cn.eduapp.registry.security.AuthorizationMatrixIT.Caller.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.security.AuthorizationMatrixIT.Caller;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.system.security.RateLimitFilter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization specification as data: every {@code /api/v1/**} endpoint the service maps, with the
 * roles allowed to call it, written from API.md, DOMAIN.md ("who uses it") and the later issues
 * (docs/api-changes.md), NOT read from the {@code @AllowedRoles} annotations, so a wrong annotation fails
 * here. Over real HTTP, for each row and each caller: an allowed role is not refused (no 401/403; a
 * 400/404/409/422 for the made-up ids and the empty body is fine), every other role gets 403 (or the
 * row's refusal), no token gets 401 unless the endpoint is public. {@link #theTableListsEveryMappedEndpoint()}
 * fails when the service maps an endpoint the table lacks or the table lists one that is gone, so a new
 * endpoint cannot land without its row. Object-level rows (a second provider, school or district gets
 * 404) are in AuthorizationMatrixObjectsIT; the foundation's exact statuses stay in AuthorizationMatrixIT.
 */
class AuthorizationMatrixEveryEndpointIT extends IntegrationTest {

    static final Set<Caller> AGENCIES = EnumSet.of(CITY_REVIEWER, MOE_REVIEWER, CA_OFFICER, CAC_OFFICER);
    static final Set<Caller> PROVIDER_AND_AGENCIES = EnumSet.of(PROVIDER, CITY_REVIEWER, MOE_REVIEWER, CA_OFFICER,
            CAC_OFFICER);
    static final Set<Caller> STAFF = EnumSet.of(CITY_REVIEWER, MOE_REVIEWER, CA_OFFICER, CAC_OFFICER, DISTRICT_ADMIN,
            SCHOOL_ADMIN);
    static final Set<Caller> INSTITUTIONS = EnumSet.of(DISTRICT_ADMIN, SCHOOL_ADMIN);
    static final Set<Caller> INSTITUTIONS_AND_AGENCIES = union(INSTITUTIONS, AGENCIES);
    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

    /** One endpoint: who may call it; who is not called as an allowed caller, and why. */
    static final class Row {
        final String method;
        final String pattern;
        Set<Caller> allowed = EnumSet.noneOf(Caller.class);
        boolean open;
        int refusal = 403;
        boolean freshToken;
        Set<Caller> notCalled = EnumSet.noneOf(Caller.class);

        Row(String method, String pattern) {
            this.method = method;
            this.pattern = pattern;
        }

        Row allow(Set<Caller> callers) {
            allowed = EnumSet.copyOf(callers);
            return this;
        }

        Row allow(Caller first, Caller... rest) {
            allowed = EnumSet.of(first, rest);
            return this;
        }

        /** No token needed; every caller, signed in or not, may call it. */
        Row open() {
            open = true;
            allowed = EnumSet.allOf(Caller.class);
            return this;
        }

        /** The status the other roles get, where it is not 403 (see the row's comment). */
        Row refusedWith(int status) {
            refusal = status;
            return this;
        }

        /** The call spends the caller's token (logout): each caller signs in anew for it. */
        Row freshToken() {
            freshToken = true;
            return this;
        }

        /** Allowed callers whose call would change shared data (the demo accounts, every filing): not called. */
        Row notCalledAs(Set<Caller> callers) {
            notCalled = EnumSet.copyOf(callers);
            return this;
        }

        String key() {
            return method + " " + pattern;
        }
    }

    static Row row(String method, String pattern) {
        return new Row(method, pattern);
    }

    static Set<Caller> union(Set<Caller> a, Set<Caller> b) {
        Set<Caller> s = EnumSet.copyOf(a);
        s.addAll(b);
        return s;
    }

    /** The table. Keep it in API.md's order; every row names who may call, from the spec, not the code. */
    static List<Row> table() {
        return List.of(
                // Authentication (API.md "Authentication"; issue 16 second factor for staff)
                row("POST", "/api/v1/auth/login").open(),
                row("GET", "/api/v1/auth/me").allow(SIGNED_IN),
                row("POST", "/api/v1/auth/logout").allow(SIGNED_IN).freshToken(),
                row("POST", "/api/v1/auth/password").allow(SIGNED_IN),
                row("POST", "/api/v1/auth/second-factor").allow(STAFF),
                row("POST", "/api/v1/auth/second-factor/confirmation").allow(STAFF),
                row("POST", "/api/v1/auth/second-factor/removal").allow(STAFF),
                // the city keeps the agencies' accounts
                row("GET", "/api/v1/agency-accounts").allow(CITY_REVIEWER),
                row("POST", "/api/v1/agency-accounts").allow(CITY_REVIEWER),
                row("POST", "/api/v1/agency-accounts/{id}/disable").allow(CITY_REVIEWER),
                row("POST", "/api/v1/agency-accounts/{id}/second-factor-reset").allow(CITY_REVIEWER),
                // Providers: "a provider's profile is visible to the provider itself and to agencies"; the
                // others get 404 (not visible) rather than 403, as AuthorizationMatrixIT's foundation rows say
                row("POST", "/api/v1/providers").open(),
                row("GET", "/api/v1/providers/{id}").allow(PROVIDER_AND_AGENCIES).refusedWith(404),
                row("GET", "/api/v1/providers/{id}/licences").allow(PROVIDER_AND_AGENCIES).refusedWith(404),
                row("POST", "/api/v1/providers/{id}/licences").allow(PROVIDER),
                row("POST", "/api/v1/providers/{id}/licences/{licenceId}/revocation").allow(CITY_REVIEWER),
                // Issue 21: agencies look a provider up by its code; the city issues claim codes and decides changes;
                // anyone may claim (the code is the secret); the provider asks for changes and its closing
                row("GET", "/api/v1/providers").allow(AGENCIES),
                row("POST", "/api/v1/providers/{id}/claim-codes").allow(CITY_REVIEWER),
                // anyone files a dispute over a taken credit code and follows it by its number; the city decides
                row("POST", "/api/v1/providers/disputes").open(),
                row("GET", "/api/v1/providers/disputes/{trackingNumber}").open(),
                row("GET", "/api/v1/provider-disputes").allow(CITY_REVIEWER),
                row("GET", "/api/v1/provider-disputes/{id}").allow(CITY_REVIEWER),
                row("GET", "/api/v1/provider-disputes/{id}/documents/{documentId}").allow(CITY_REVIEWER),
                row("POST", "/api/v1/provider-disputes/{id}/decision").allow(CITY_REVIEWER),
                row("POST", "/api/v1/providers/claims").open(),
                row("POST", "/api/v1/providers/{id}/change-requests").allow(PROVIDER),
                row("GET", "/api/v1/providers/{id}/change-requests").allow(PROVIDER_AND_AGENCIES),
                row("POST", "/api/v1/providers/{id}/closure").allow(PROVIDER),
                row("GET", "/api/v1/provider-change-requests").allow(CITY_REVIEWER),
                row("POST", "/api/v1/providers/{id}/change-requests/{requestId}/decision").allow(CITY_REVIEWER),
                row("POST", "/api/v1/providers/{id}/documents").allow(PROVIDER),
                row("GET", "/api/v1/providers/{id}/documents/{documentId}").allow(PROVIDER, CITY_REVIEWER),
                row("GET", "/api/v1/providers/{id}/verification").allow(PROVIDER_AND_AGENCIES),
                row("POST", "/api/v1/providers/{id}/verification").allow(CITY_REVIEWER),
                row("GET", "/api/v1/providers/verification-queue").allow(CITY_REVIEWER),
                // App filings (institutions and app stores get 403)
                row("POST", "/api/v1/filings").allow(PROVIDER),
                row("GET", "/api/v1/filings").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/filings/{id}").allow(PROVIDER_AND_AGENCIES),
                row("PUT", "/api/v1/filings/{id}").allow(PROVIDER),
                row("POST", "/api/v1/filings/{id}/precheck").allow(PROVIDER_AND_AGENCIES),
                row("POST", "/api/v1/filings/{id}/submit").allow(PROVIDER),
                row("POST", "/api/v1/filings/{id}/city-review").allow(CITY_REVIEWER),
                row("POST", "/api/v1/filings/{id}/classification").allow(CITY_REVIEWER),
                row("POST", "/api/v1/filings/{id}/moe-review").allow(MOE_REVIEWER),
                row("POST", "/api/v1/filings/{id}/cancel").allow(PROVIDER),
                row("GET", "/api/v1/filings.xlsx").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/filings/{id}/certificate").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/rule-sets").allow(SIGNED_IN),
                row("GET", "/api/v1/rule-sets/{version}").allow(SIGNED_IN),
                row("POST", "/api/v1/rule-sets").allow(CITY_REVIEWER),
                // Changes to a registered filing, re-checks
                row("POST", "/api/v1/filings/{id}/revisions").allow(PROVIDER),
                row("GET", "/api/v1/filings/{id}/revisions").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/filings/{id}/revisions/{rid}").allow(PROVIDER_AND_AGENCIES),
                row("PUT", "/api/v1/filings/{id}/revisions/{rid}").allow(PROVIDER),
                row("POST", "/api/v1/filings/{id}/revisions/{rid}/precheck").allow(PROVIDER_AND_AGENCIES),
                row("POST", "/api/v1/filings/{id}/revisions/{rid}/submit").allow(PROVIDER),
                row("POST", "/api/v1/filings/{id}/revisions/{rid}/city-review").allow(CITY_REVIEWER),
                row("GET", "/api/v1/filings/{id}/revisions/{rid}/diff").allow(PROVIDER_AND_AGENCIES),
                row("POST", "/api/v1/filings/{id}/materials").allow(PROVIDER),
                row("GET", "/api/v1/filings/{id}/materials").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/filings/{id}/materials/{mid}").allow(PROVIDER_AND_AGENCIES),
                row("DELETE", "/api/v1/filings/{id}/materials/{mid}").allow(PROVIDER),
                row("GET", "/api/v1/filings/{id}/commitment-letter").allow(PROVIDER_AND_AGENCIES),
                row("POST", "/api/v1/filings/{id}/revisions/{rid}/materials").allow(PROVIDER),
                row("GET", "/api/v1/filings/{id}/revisions/{rid}/materials").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/filings/{id}/revisions/{rid}/materials/{mid}").allow(PROVIDER_AND_AGENCIES),
                row("DELETE", "/api/v1/filings/{id}/revisions/{rid}/materials/{mid}").allow(PROVIDER),
                row("GET", "/api/v1/recheck-alerts").allow(CITY_REVIEWER),
                row("GET", "/api/v1/recheck-alerts/{id}").allow(CITY_REVIEWER),
                row("POST", "/api/v1/recheck-alerts/{id}/dismissal").allow(CITY_REVIEWER),
                // Public lists and verification
                row("GET", "/api/v1/public/whitelist").open(),
                // issue 22: the public 全国备案查询 and the mirror sync's state (run now) for the city
                row("GET", "/api/v1/public/national-apps").open(),
                row("GET", "/api/v1/national/sync").allow(CITY_REVIEWER),
                row("POST", "/api/v1/national/sync").allow(CITY_REVIEWER),
                row("GET", "/api/v1/public/blacklist").open(),
                row("GET", "/api/v1/public/filings/{filingNumber}").open(),
                row("GET", "/api/v1/public/whitelist.csv").open(),
                row("GET", "/api/v1/public/blacklist.csv").open(),
                row("GET", "/api/v1/public/whitelist.xlsx").open(),
                row("GET", "/api/v1/public/blacklist.xlsx").open(),
                row("GET", "/api/v1/public/changes.atom").open(),
                row("GET", "/api/v1/verify").allow(union(EnumSet.of(DISTRIBUTION_PLATFORM), AGENCIES)),
                // Enforcement (issue 20: the provider's own refusal is gone, cases, documents, early removal)
                row("POST", "/api/v1/rectifications").allow(CITY_REVIEWER),
                row("GET", "/api/v1/rectifications").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/rectifications/{id}").allow(PROVIDER_AND_AGENCIES),
                row("POST", "/api/v1/rectifications/{id}/response").allow(PROVIDER),
                row("POST", "/api/v1/rectifications/{id}/decision").allow(CITY_REVIEWER),
                row("POST", "/api/v1/rectifications/{id}/refusal-finding").allow(CITY_REVIEWER),
                row("POST", "/api/v1/rectifications/{id}/offline-service").allow(CITY_REVIEWER),
                row("GET", "/api/v1/rectifications.xlsx").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/enforcement-cases").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/enforcement-cases/{id}").allow(PROVIDER_AND_AGENCIES),
                row("POST", "/api/v1/enforcement-cases/{id}/statement").allow(PROVIDER),
                row("GET", "/api/v1/enforcement-cases/{id}/attachments/{attachmentId}").allow(PROVIDER_AND_AGENCIES),
                row("POST", "/api/v1/enforcement-cases/{id}/decision").allow(CITY_REVIEWER),
                row("POST", "/api/v1/enforcement-cases/{id}/review-result").allow(CITY_REVIEWER),
                row("POST", "/api/v1/blacklist-entries/{id}/removal").allow(CITY_REVIEWER),
                row("GET", "/api/v1/documents/{id}").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/enforcement/preschool-revocations/candidates").allow(CITY_REVIEWER),
                // revokes every preschool-training filing of the shared database: the city is not called
                row("POST", "/api/v1/enforcement/preschool-revocations").allow(CITY_REVIEWER)
                        .notCalledAs(EnumSet.of(CITY_REVIEWER)),
                // Existing registrations
                row("POST", "/api/v1/filings/import").allow(CITY_REVIEWER),
                // Joint supervision: the CA's ICP precondition and orders, the CAC's and CA's notices, app stores
                row("GET", "/api/v1/icp-precondition").allow(CA_OFFICER),
                row("POST", "/api/v1/icp-orders").allow(CA_OFFICER),
                // not in API.md: the ICP orders are read by the agencies of joint supervision (CA, city, CAC)
                row("GET", "/api/v1/icp-orders").allow(CA_OFFICER, CITY_REVIEWER, CAC_OFFICER),
                row("POST", "/api/v1/takedown-notices").allow(CAC_OFFICER, CA_OFFICER),
                row("GET", "/api/v1/takedown-notices").allow(CAC_OFFICER, CA_OFFICER),
                row("GET", "/api/v1/takedown-notices/{id}").allow(CAC_OFFICER, CA_OFFICER),
                row("GET", "/api/v1/distribution/notices").allow(DISTRIBUTION_PLATFORM),
                row("POST", "/api/v1/distribution/notices/{id}/ack").allow(DISTRIBUTION_PLATFORM),
                row("POST", "/api/v1/distribution/releases").allow(DISTRIBUTION_PLATFORM),
                row("GET", "/api/v1/distribution/alerts").allow(CAC_OFFICER),
                row("GET", "/api/v1/revocation-bulletins").allow(CAC_OFFICER, CA_OFFICER, CITY_REVIEWER),
                row("GET", "/api/v1/revocation-bulletins/{id}").allow(CAC_OFFICER, CA_OFFICER, CITY_REVIEWER),
                row("POST", "/api/v1/revocation-bulletins/{id}/takedown-notice").allow(CAC_OFFICER),
                // the CAC makes the app stores check apps: it keeps their accounts
                row("POST", "/api/v1/app-stores").allow(CAC_OFFICER),
                row("GET", "/api/v1/app-stores").allow(CAC_OFFICER),
                row("POST", "/api/v1/app-stores/{id}/revocation").allow(CAC_OFFICER),
                // Institutions and their use filings (the city creates districts, a district its schools)
                row("POST", "/api/v1/institutions").allow(CITY_REVIEWER, DISTRICT_ADMIN),
                row("GET", "/api/v1/institutions").allow(INSTITUTIONS_AND_AGENCIES),
                row("GET", "/api/v1/institutions/{id}").allow(INSTITUTIONS_AND_AGENCIES),
                row("POST", "/api/v1/institutions/{id}/accounts").allow(CITY_REVIEWER, DISTRICT_ADMIN),
                row("GET", "/api/v1/institutions/{id}/accounts").allow(CITY_REVIEWER, DISTRICT_ADMIN),
                row("POST", "/api/v1/institutions/{id}/accounts/{accountId}/disable").allow(CITY_REVIEWER, DISTRICT_ADMIN),
                row("POST", "/api/v1/institutions/{id}/accounts/{accountId}/second-factor-reset")
                        .allow(CITY_REVIEWER, DISTRICT_ADMIN),
                row("POST", "/api/v1/usage-filings").allow(SCHOOL_ADMIN, DISTRICT_ADMIN),
                // "the caller's own, or, for a district, its schools'"; agencies see who uses what (DOMAIN.md)
                row("GET", "/api/v1/usage-filings").allow(INSTITUTIONS_AND_AGENCIES),
                row("GET", "/api/v1/usage-filings/registered-apps").allow(INSTITUTIONS_AND_AGENCIES),
                row("GET", "/api/v1/usage-filings/{id}").allow(INSTITUTIONS_AND_AGENCIES),
                row("POST", "/api/v1/usage-filings/{id}/end").allow(SCHOOL_ADMIN, DISTRICT_ADMIN),
                row("GET", "/api/v1/apps/{filingNumber}/institutions").allow(AGENCIES),
                row("GET", "/api/v1/districts").allow(AGENCIES),
                row("GET", "/api/v1/districts/{id}/apps").allow(union(AGENCIES, EnumSet.of(DISTRICT_ADMIN))),
                row("GET", "/api/v1/districts.xlsx").allow(AGENCIES),
                // Notifications: any account, its own
                row("GET", "/api/v1/notifications").allow(SIGNED_IN),
                row("GET", "/api/v1/notifications/unread-count").allow(SIGNED_IN),
                row("POST", "/api/v1/notifications/{id}/read").allow(SIGNED_IN),
                // marks every notice of the caller read: only the class's own provider calls it
                row("POST", "/api/v1/notifications/read-all").allow(SIGNED_IN).notCalledAs(union(STAFF,
                        EnumSet.of(DISTRIBUTION_PLATFORM))),
                // Complaints: the public complains and follows; each agency's staff handle their own queue
                row("POST", "/api/v1/public/complaints").open(),
                row("GET", "/api/v1/public/complaints/{trackingNumber}").open(),
                row("GET", "/api/v1/complaints").allow(AGENCIES),
                row("GET", "/api/v1/complaints/{id}").allow(AGENCIES),
                row("POST", "/api/v1/complaints/{id}/resolve").allow(AGENCIES),
                row("POST", "/api/v1/complaints/{id}/reassign").allow(AGENCIES),
                row("GET", "/api/v1/complaints/figures").allow(CITY_REVIEWER),
                row("POST", "/api/v1/complaints/{id}/rectification-link").allow(CITY_REVIEWER),
                row("GET", "/api/v1/complaints.xlsx").allow(AGENCIES),
                // Package inspection: the filing's provider uploads; the provider and agencies read reports
                row("POST", "/api/v1/filings/{id}/packages").allow(PROVIDER),
                row("GET", "/api/v1/filings/{id}/packages").allow(PROVIDER_AND_AGENCIES),
                row("GET", "/api/v1/filings/{id}/packages/{packageId}").allow(PROVIDER_AND_AGENCIES),
                // Audit, the city's figures
                row("GET", "/api/v1/audit").allow(CITY_REVIEWER),
                row("GET", "/api/v1/audit/verification").allow(CITY_REVIEWER),
                row("GET", "/api/v1/dashboard").allow(CITY_REVIEWER),
                // Issue 23: announcements (the city publishes, anyone reads), the outbox (the city)
                row("POST", "/api/v1/announcements").allow(CITY_REVIEWER),
                row("GET", "/api/v1/public/announcements").open(),
                row("GET", "/api/v1/public/announcements/{id}").open(),
                row("GET", "/api/v1/public/announcements/{id}.pdf").open(),
                row("GET", "/api/v1/public/announcements/{id}/whitelist.csv").open(),
                row("GET", "/api/v1/public/announcements/{id}/blacklist.csv").open(),
                row("GET", "/api/v1/outbox").allow(CITY_REVIEWER),
                row("POST", "/api/v1/outbox/{id}/retry").allow(CITY_REVIEWER),
                row("PUT", "/api/v1/outbox/contacts/{organisationId}").allow(CITY_REVIEWER),
                // Issue 24: the public log
                row("GET", "/api/v1/public/log/checkpoint").open(),
                row("GET", "/api/v1/public/log/key").open(),
                row("GET", "/api/v1/public/log/entries").open(),
                row("GET", "/api/v1/public/log/proof/inclusion").open(),
                row("GET", "/api/v1/public/log/proof/consistency").open(),
                row("GET", "/api/v1/public/log/latest").open());
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    RateLimitFilter rateLimit;

    /** Every {@code /api/v1} endpoint the service maps, as "METHOD pattern". */
    private Set<String> mapped() {
        Set<String> all = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    all.add("ANY " + pattern);
                }
                methods.forEach(m -> all.add(m.name() + " " + pattern));
            }
        }
        return all;
    }

    @Test
    void theTableListsEveryMappedEndpoint() {
        List<String> keys = table().stream().map(Row::key).toList();
        assertThat(keys).as("rows listed twice").doesNotHaveDuplicates();
        Set<String> listed = new TreeSet<>(keys);
        Set<String> mapped = mapped();
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(mapped);
        assertThat(missing).as("endpoints the service maps without a row in the table (add the row: who may call it?)")
                .isEmpty();
        assertThat(gone).as("rows for endpoints the service no longer maps (remove the row)").isEmpty();
    }

    private Fixtures.Provider provider;

    private String token(Caller caller, boolean fresh) {
        if (caller == ANONYMOUS) {
            return null;
        }
        if (caller == PROVIDER) {
            return fresh ? api().login(provider.username(), Fixtures.PASSWORD) : provider.token();
        }
        return fresh ? api().login(caller.demoUser, Api.DEMO_PASSWORD) : api().token(caller.demoUser);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheTableSays() {
        provider = fixtures().beijingCompany();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : table()) {
            String path = row.pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (Caller caller : Caller.values()) {
                boolean allowed = row.allowed.contains(caller);
                if (allowed && row.notCalled.contains(caller)) {
                    continue;
                }
                String want = caller == ANONYMOUS && !row.open ? "401"
                        : allowed ? "not refused" : String.valueOf(row.refusal);
                tests.add(DynamicTest.dynamicTest(row.key() + " as " + caller + " → " + want, () -> {
                    if (row.key().equals("POST /api/v1/public/complaints")) {
                        rateLimit.reset(); // the intake budget is 10 per address; other tests' complaints need it
                    }
                    Api.Response r = api().send(row.method, path, token(caller, row.freshToken), "application/json",
                            "{}".getBytes(StandardCharsets.UTF_8));
                    String as = row.key() + " as " + caller + ": " + r.status() + " " + r.body();
                    assertThat(r.status()).as(as).isLessThan(500);
                    if (caller == ANONYMOUS && !row.open) {
                        assertThat(r.status()).as(as).isEqualTo(401);
                    } else if (allowed) {
                        assertThat(r.status()).as(as).isNotIn(401, 403);
                    } else {
                        assertThat(r.status()).as(as).isEqualTo(row.refusal);
                    }
                }));
            }
        }
        return tests.stream();
    }
}
