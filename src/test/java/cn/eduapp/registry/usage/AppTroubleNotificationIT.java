package cn.eduapp.registry.usage;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.support.UsageFixtures.Institution;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** When an app goes wrong, exactly the institutions using it hear of it, once each, and must act. */
class AppTroubleNotificationIT extends IntegrationTest {

    @Autowired
    FilingManagement filings;

    @Autowired
    ProviderManagement providers;

    private UsageFixtures usage() {
        return new UsageFixtures(api());
    }

    private List<JsonNode> notifications(Institution i) {
        List<JsonNode> items = new ArrayList<>();
        expect(api().get("/api/v1/notifications?size=200", i.token()), 200).json().path("items").forEach(items::add);
        return items;
    }

    private List<JsonNode> notificationsAbout(Institution i, String filingNumber) {
        return notifications(i).stream().filter(n -> filingNumber.equals(n.path("filingNumber").asString())).toList();
    }

    private String status(Institution i, String usageId) {
        return expect(api().get("/api/v1/usage-filings/" + usageId, i.token()), 200).text("status");
    }

    @Test
    void revocationNotifiesExactlyTheInstitutionsUsingTheAppOnceEach() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        Fixtures.Provider q = fixtures().beijingCompany();
        String otherNumber = fixtures().filingNumber(fixtures().registered(q), q);
        Institution district = usage().district();
        Institution s1 = usage().school(district);
        Institution s2 = usage().school(district);
        Institution bystander = usage().school(district);
        Institution stopped = usage().school(district);
        String use1 = usage().uses(s1, number);
        String use2 = usage().uses(s2, number);
        String useOther = usage().uses(bystander, otherNumber);
        String endedUse = usage().uses(stopped, number);
        expect(api().post("/api/v1/usage-filings/" + endedUse + "/end", stopped.token()), 200);

        filings.revoke(filingId, new Actor("city-reviewer", ""), "逾期未整改");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(notificationsAbout(s1, number)).hasSize(1);
            assertThat(notificationsAbout(s2, number)).hasSize(1);
        });
        JsonNode n = notificationsAbout(s1, number).get(0);
        assertThat(n.path("kind").asString()).isEqualTo("FILING_REVOKED");
        assertThat(n.path("message").asString()).contains(number).contains("逾期未整改");
        assertThat(n.path("read").asBoolean()).isFalse();
        assertThat(n.path("at").asString()).isNotBlank();
        assertThat(notifications(bystander)).isEmpty();
        assertThat(notifications(stopped)).isEmpty();
        assertThat(notifications(district)).isEmpty();
        assertThat(status(s1, use1)).isEqualTo("ACTION_REQUIRED");
        assertThat(status(s2, use2)).isEqualTo("ACTION_REQUIRED");
        assertThat(status(bystander, useOther)).isEqualTo("ACTIVE");
        assertThat(status(stopped, endedUse)).isEqualTo("ENDED");

        // every account of the institution sees it; read state is the reader's own
        String colleague = "inst-" + UsageFixtures.suffix();
        expect(api().post("/api/v1/institutions/" + s1.id() + "/accounts", district.token(), Api.json(java.util.Map.of(
                "username", colleague, "password", UsageFixtures.FIRST_PASSWORD, "role", "SCHOOL_ADMIN"))), 201);
        String colleagueToken = usage().firstSignIn(colleague);
        assertThat(expect(api().get("/api/v1/notifications/unread-count", s1.token()), 200).json().path("unread").asLong())
                .isEqualTo(1);
        Api.Response read = expect(api().post("/api/v1/notifications/" + n.path("id").asString() + "/read", s1.token()), 200);
        assertThat(read.json().path("read").asBoolean()).isTrue();
        assertThat(notificationsAbout(s1, number).get(0).path("read").asBoolean()).isTrue();
        assertThat(expect(api().get("/api/v1/notifications/unread-count", s1.token()), 200).json().path("unread").asLong())
                .isZero();
        JsonNode colleagueView = expect(api().get("/api/v1/notifications", colleagueToken), 200).json().path("items").get(0);
        assertThat(colleagueView.path("id").asString()).isEqualTo(n.path("id").asString());
        assertThat(colleagueView.path("read").asBoolean()).isFalse();
        // another organisation cannot touch it
        expect(api().post("/api/v1/notifications/" + n.path("id").asString() + "/read", s2.token()), 404);
        expect(api().post("/api/v1/notifications/not-an-id/read", s2.token()), 404);
    }

    @Test
    void rectificationMarksUseFilingsAndNotifiesOnce() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        Institution district = usage().district();
        Institution s1 = usage().school(district);
        String use1 = usage().uses(s1, number);

        filings.orderRectification(filingId, new Actor("city-reviewer", ""), "隐私政策不完整");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(notificationsAbout(s1, number)).hasSize(1));
        assertThat(notificationsAbout(s1, number).get(0).path("kind").asString()).isEqualTo("RECTIFICATION_ORDERED");
        assertThat(status(s1, use1)).isEqualTo("ACTION_REQUIRED");
        // a new use of an app under rectification is refused
        Api.Response refused = expect(usage().file(usage().school(district).token(), UsageFixtures.useOf(number)), 422);
        assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("APP_NOT_REGISTERED");

        // the city accepts the fix: the app is registered again and its users hear that too
        filings.acceptRectification(filingId, new Actor("city-reviewer", ""), "整改通过");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(notificationsAbout(s1, number)).hasSize(2));
        assertThat(notificationsAbout(s1, number).get(0).path("kind").asString()).isEqualTo("RECTIFICATION_CLOSED");
        assertThat(status(s1, use1)).isEqualTo("ACTIVE");
    }

    @Test
    void aRevocationAndListingNotifiesTheAppsUsersOnlyNotThoseOfTheProvidersOtherApps() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingA = fixtures().registered(p);
        String numberA = fixtures().filingNumber(filingA, p);
        String numberB = fixtures().filingNumber(fixtures().registered(p), p);
        Fixtures.Provider q = fixtures().beijingCompany();
        String unrelated = fixtures().filingNumber(fixtures().registered(q), q);
        Institution district = usage().district();
        Institution both = usage().school(district);
        Institution onlyB = usage().school(district);
        Institution bystander = usage().school(district);
        usage().uses(both, numberA);
        usage().uses(both, numberB);
        String useB = usage().uses(onlyB, numberB);
        usage().uses(bystander, unrelated);

        new cn.eduapp.registry.enforcement.EnforcementFixtures(api()).revokeAndList(filingA, p);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(notificationsAbout(both, numberA).stream().map(n -> n.path("kind").asString()))
                        .contains("FILING_REVOKED"));
        assertThat(notificationsAbout(onlyB, numberB).stream().map(n -> n.path("kind").asString()))
                .as("the provider's other app is untouched").doesNotContain("FILING_REVOKED", "PROVIDER_BLACKLISTED");
        assertThat(status(onlyB, useB)).isEqualTo("ACTIVE");
        assertThat(notifications(bystander)).isEmpty();
        // the revoked app may not be chosen any more; the provider's other app still may
        Api.Response refused = expect(usage().file(bystander.token(), UsageFixtures.useOf(numberA)), 422);
        assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("PROVIDER_BLACKLISTED");
        assertThat(usage().file(bystander.token(), UsageFixtures.useOf(numberB)).status()).isEqualTo(201);
    }
}
