package cn.eduapp.registry.usage;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.provider.ProviderManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.support.UsageFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 on use filings: 京教信〔2022〕5号 二（三） 统一选用的不得向学生及家长收取任何费用 — unified selection of an
 * app whose declaration says it charges fees is filed with a warning on the form, the filing and the district's view,
 * even when the school declares no charge; a blacklisted provider's app is refused as PROVIDER_BLACKLISTED.
 */
class UsageFeeWarningIT extends IntegrationTest {

    @Autowired
    ProviderManagement providers;

    private String registeredCharging(Fixtures.Provider p) {
        String id = fixtures().createFiling(p, a -> a.put("features", Map.of("photoSearch", false, "advertising", false,
                "gameLinks", false, "hostsThirdPartyTraining", false, "chargesFees", true)));
        expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        expect(api().post("/api/v1/filings/" + id + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        return fixtures().filingNumber(id, p);
    }

    @Test
    void unifiedSelectionOfAnAppThatChargesFeesCarriesAWarningEverywhere() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String charging = registeredCharging(p);
        String free = fixtures().filingNumber(fixtures().registered(p), p);
        UsageFixtures usage = new UsageFixtures(api());
        UsageFixtures.Institution district = usage.district();
        UsageFixtures.Institution school = usage.school(district);
        UsageFixtures.Institution other = usage.school(district);

        PageSession form = new PageSession(api().base());
        form.login(school.username(), UsageFixtures.PASSWORD);
        assertThat(form.get("/usage/new?filingNumber=" + charging).body()).contains("fee-warning", "该应用的申报称收费");
        assertThat(form.get("/usage/new?filingNumber=" + free).body()).doesNotContain("fee-warning");

        // the school declares no charge; the warning comes from the app's declaration
        Map<String, Object> body = UsageFixtures.useOf(charging);
        body.put("selectionDate", Beijing.today(clock).minusDays(1).toString());
        JsonNode filed = expect(usage.file(school.token(), body), 201).json();
        assertThat(filed.path("chargesStudents").asBoolean()).isFalse();
        assertThat(filed.path("appChargesFees").asBoolean()).isTrue();
        assertThat(filed.path("feeWarning").asBoolean()).isTrue();
        assertThat(form.get("/usage/" + filed.path("id").asString()).body()).contains("收费提醒", "统一选用的不得向学生及家长收取任何费用");

        Map<String, Object> notUnified = UsageFixtures.useOf(charging);
        notUnified.put("unifiedSelection", false);
        notUnified.put("selectionDate", Beijing.today(clock).minusDays(1).toString());
        assertThat(expect(usage.file(other.token(), notUnified), 201).json().path("feeWarning").asBoolean()).isFalse();
        Map<String, Object> freeUse = UsageFixtures.useOf(free);
        freeUse.put("selectionDate", Beijing.today(clock).minusDays(1).toString());
        assertThat(expect(usage.file(school.token(), freeUse), 201).json().path("feeWarning").asBoolean()).isFalse();

        PageSession d = new PageSession(api().base());
        d.login(district.username(), UsageFixtures.PASSWORD);
        String districtPage = d.get("/usage/districts/" + district.id()).body();
        assertThat(districtPage).contains("1 家单位统一选用，而该应用申报收费");
        assertThat(districtPage.split("fee-warning", -1)).hasSize(2); // one app warned, not the free one
        JsonNode apps = expect(api().get("/api/v1/districts/" + district.id() + "/apps", district.token()), 200).json();
        assertThat(apps.path("items").valueStream().filter(a -> a.path("filingNumber").asString().equals(charging))
                .findFirst().orElseThrow().path("unifiedWithFees").asLong()).isEqualTo(1);
    }

    @Test
    void aBlacklistedProvidersAppIsRefusedAsSuch() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String listedId = fixtures().registered(p);
        String listed = fixtures().filingNumber(listedId, p);
        String other = fixtures().filingNumber(fixtures().registered(p), p);
        // 五 as issue 20 reads it: the app concerned is revoked and listed, its provider barred from new filings
        new cn.eduapp.registry.enforcement.EnforcementFixtures(api()).revokeAndList(listedId, p);
        UsageFixtures usage = new UsageFixtures(api());
        UsageFixtures.Institution school = usage.school(usage.district());
        Map<String, Object> body = UsageFixtures.useOf(listed);
        body.put("selectionDate", Beijing.today(clock).minusDays(1).toString());
        Api.Response refused = expect(usage.file(school.token(), body), 422);
        assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("PROVIDER_BLACKLISTED");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("黑名单");
        // the provider's other app is still registered and listed: it may be chosen
        Map<String, Object> otherBody = UsageFixtures.useOf(other);
        otherBody.put("selectionDate", Beijing.today(clock).minusDays(1).toString());
        expect(usage.file(school.token(), otherBody), 201);
    }
}
