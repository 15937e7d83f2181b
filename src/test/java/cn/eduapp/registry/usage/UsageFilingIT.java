package cn.eduapp.registry.usage;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.UsageFixtures;
import cn.eduapp.registry.support.UsageFixtures.Institution;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UsageFilingIT extends IntegrationTest {

    private UsageFixtures usage() {
        return new UsageFixtures(api());
    }

    private String registeredApp() {
        Fixtures.Provider p = fixtures().beijingCompany();
        return fixtures().filingNumber(fixtures().registered(p), p);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    @Test
    void aSchoolFilesUseOfARegisteredAppAndSeesItListed() {
        String number = registeredApp();
        String school = api().token("school-haidian-1");
        Api.Response r = expect(usage().file(school, UsageFixtures.useOf(number)), 201);
        assertThat(r.text("status")).isEqualTo("ACTIVE");
        assertThat(r.text("filingNumber")).isEqualTo(number);
        assertThat(r.text("institutionName")).isEqualTo("北京市海淀区示范第一小学");
        assertThat(r.json().path("unifiedSelection").asBoolean()).isTrue();
        assertThat(r.text("appName")).startsWith("测试体育");

        JsonNode list = expect(api().get("/api/v1/usage-filings?size=200", school), 200).json();
        assertThat(ids(list)).contains(r.text("id"));
        JsonNode item = list.path("items").get(0);
        for (String field : List.of("id", "institutionId", "institutionName", "filingNumber", "appName", "purpose",
                "unifiedSelection", "chargesStudents", "status", "filedAt")) {
            assertThat(item.has(field)).as(field).isTrue();
        }
        assertThat(list.has("total")).isTrue();
        // the demo district sees its demo school's filing
        assertThat(ids(expect(api().get("/api/v1/usage-filings?size=200", api().token("district-haidian")), 200).json()))
                .contains(r.text("id"));
        // the same app twice while the first is live is a conflict
        expect(usage().file(school, UsageFixtures.useOf(number)), 409);
    }

    @Test
    void anAppThatIsNotRegisteredIsRefused() {
        Fixtures.Provider p = fixtures().beijingCompany();
        fixtures().approvedByCity(p);
        String school = api().token("school-haidian-1");
        Api.Response r = expect(usage().file(school, UsageFixtures.useOf("教APP备1199998号")), 422);
        assertThat(r.json().path("errors").get(0).path("code").asString()).isEqualTo("APP_NOT_REGISTERED");
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        expect(usage().file(school, UsageFixtures.useOf("not a number")), 422);
    }

    @Test
    void unifiedSelectionMayNotChargeStudents() {
        String number = registeredApp();
        Map<String, Object> body = UsageFixtures.useOf(number);
        body.put("chargesStudents", true);
        Api.Response r = expect(usage().file(api().token("school-haidian-1"), body), 422);
        assertThat(r.json().path("errors").get(0).path("code").asString()).isEqualTo("UNIFIED_SELECTION_CHARGES");
        // voluntary selection may charge (the notice forbids fees only for unified use)
        body.put("unifiedSelection", false);
        expect(usage().file(api().token("school-haidian-1"), body), 201);
    }

    @Test
    void providersAndAppStoresMayNotFileUse() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String number = fixtures().filingNumber(fixtures().registered(p), p);
        expect(usage().file(p.token(), UsageFixtures.useOf(number)), 403);
        expect(api().post("/api/v1/usage-filings", p.token(), "{bad json"), 403);
        expect(usage().file(api().token("appstore-demo"), UsageFixtures.useOf(number)), 403);
        expect(api().get("/api/v1/usage-filings", p.token()), 403);
        expect(usage().file(null, UsageFixtures.useOf(number)), 401);
    }

    @Test
    void aBadBodyIsNamedFieldByField() {
        Api.Response r = expect(api().post("/api/v1/usage-filings", api().token("school-haidian-1"),
                Api.json(Map.of("filingNumber", "教APP备1100001号"))), 400);
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains("purpose", "selectionApprovedBy", "selectionDate");
        Map<String, Object> future = UsageFixtures.useOf("教APP备1100001号");
        future.put("selectionDate", "2999-01-01");
        expect(usage().file(api().token("school-haidian-1"), future), 400);
    }

    @Test
    void aDistrictSeesOnlyItsOwnSchoolsFilings() {
        String number = registeredApp();
        Institution districtA = usage().district();
        Institution districtB = usage().district();
        Institution a1 = usage().school(districtA);
        Institution a2 = usage().school(districtA);
        Institution b1 = usage().school(districtB);
        String useA1 = usage().uses(a1, number);
        String useA2 = usage().uses(a2, number);
        String useB1 = usage().uses(b1, number);
        String useDistrictA = usage().uses(districtA, number);

        List<String> seenByA = ids(expect(api().get("/api/v1/usage-filings?size=200", districtA.token()), 200).json());
        assertThat(seenByA).containsExactlyInAnyOrder(useA1, useA2, useDistrictA);
        expect(api().get("/api/v1/usage-filings/" + useA1, districtA.token()), 200);
        expect(api().get("/api/v1/usage-filings/" + useB1, districtA.token()), 404);
        expect(api().get("/api/v1/usage-filings/" + useB1, api().token("district-haidian")), 404);
        assertThat(ids(expect(api().get("/api/v1/usage-filings?size=200", districtB.token()), 200).json()))
                .containsExactly(useB1);
        // the city sees everything
        List<String> seenByCity = ids(expect(api().get("/api/v1/usage-filings?size=200&filingNumber="
                + URLEncoder.encode(number, StandardCharsets.UTF_8), api().token("city-reviewer")), 200).json());
        assertThat(seenByCity).contains(useA1, useA2, useB1, useDistrictA);
    }

    @Test
    void aSchoolSeesOnlyItsOwnFilingsAndEndsOnlyItsOwn() {
        String number = registeredApp();
        Institution district = usage().district();
        Institution s1 = usage().school(district);
        Institution s2 = usage().school(district);
        String use1 = usage().uses(s1, number);
        String use2 = usage().uses(s2, number);

        assertThat(ids(expect(api().get("/api/v1/usage-filings", s1.token()), 200).json())).containsExactly(use1);
        expect(api().get("/api/v1/usage-filings/" + use2, s1.token()), 404);
        expect(api().post("/api/v1/usage-filings/" + use2 + "/end", s1.token()), 404);
        // its district sees it but the institution itself ends it
        expect(api().post("/api/v1/usage-filings/" + use1 + "/end", district.token()), 403);

        Api.Response ended = expect(api().post("/api/v1/usage-filings/" + use1 + "/end", s1.token(),
                Api.json(Map.of("reason", "学期结束，不再使用"))), 200);
        assertThat(ended.text("status")).isEqualTo("ENDED");
        expect(api().post("/api/v1/usage-filings/" + use1 + "/end", s1.token()), 409);
        // once ended, the app may be filed again
        usage().uses(s1, number);
    }

    @Test
    void exposureCountsTheInstitutionsUsingAnApp() {
        String number = registeredApp();
        String other = registeredApp();
        Institution districtA = usage().district();
        Institution districtB = usage().district();
        Institution a1 = usage().school(districtA);
        Institution a2 = usage().school(districtA);
        Institution a3 = usage().school(districtA);
        Institution b1 = usage().school(districtB);
        usage().uses(a1, number);
        usage().uses(a2, number);
        usage().uses(b1, number);
        usage().uses(a3, other);
        String ended = usage().uses(a3, number);
        expect(api().post("/api/v1/usage-filings/" + ended + "/end", a3.token()), 200);

        String path = "/api/v1/apps/" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "/institutions";
        JsonNode exposure = expect(api().get(path, api().token("city-reviewer")), 200).json();
        List<String> users = new ArrayList<>();
        exposure.path("items").forEach(i -> users.add(i.path("institutionId").asString()));
        assertThat(users).containsExactlyInAnyOrder(a1.id(), a2.id(), b1.id());
        JsonNode first = exposure.path("items").get(0);
        assertThat(first.has("name") && first.has("district") && first.has("since")).isTrue();
        assertThat(exposure.path("items").findValuesAsString("district")).contains(districtA.name(), districtB.name());
        expect(api().get(path, api().token("cac-officer")), 200);
        expect(api().get(path, a1.token()), 403);
        expect(api().get(path, districtA.token()), 403);
        expect(api().get("/api/v1/apps/" + URLEncoder.encode("教APP备1199997号", StandardCharsets.UTF_8) + "/institutions",
                api().token("city-reviewer")), 404);

        JsonNode apps = expect(api().get("/api/v1/districts/" + districtA.id() + "/apps", districtA.token()), 200).json();
        assertThat(count(apps, number)).isEqualTo(2);
        assertThat(count(apps, other)).isEqualTo(1);
        JsonNode appsB = expect(api().get("/api/v1/districts/" + districtB.id() + "/apps", api().token("city-reviewer")), 200).json();
        assertThat(count(appsB, number)).isEqualTo(1);
        expect(api().get("/api/v1/districts/" + districtB.id() + "/apps", districtA.token()), 404);
        JsonNode districts = expect(api().get("/api/v1/districts", api().token("city-reviewer")), 200).json();
        assertThat(districts.path("items").findValuesAsString("districtId")).contains(districtA.id(), districtB.id());
        // the city's overview: schools, live use filings (the ended one left out), distinct apps in use
        assertThat(overview(districts, districtA.id())).isEqualTo(List.of(3L, 3L, 2L, 0L));
        assertThat(overview(districts, districtB.id())).isEqualTo(List.of(1L, 1L, 1L, 0L));
    }

    private static List<Long> overview(JsonNode districts, String districtId) {
        for (JsonNode d : districts.path("items")) {
            if (d.path("districtId").asString().equals(districtId)) {
                return List.of(d.path("schools").asLong(), d.path("liveFilings").asLong(), d.path("apps").asLong(),
                        d.path("actionRequired").asLong());
            }
        }
        throw new AssertionError("district " + districtId + " missing from " + districts);
    }

    private static long count(JsonNode apps, String number) {
        for (JsonNode a : apps.path("items")) {
            if (a.path("filingNumber").asString().equals(number)) {
                return a.path("institutions").asLong();
            }
        }
        return 0;
    }
}
