package cn.eduapp.registry.filing;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18: the city reviewer corrects the category or the scope decided from the declaration, with a reason
 * recorded in the history the provider reads; later pre-checks classify the filing by the correction.
 */
class ClassificationCorrectionIT extends IntegrationTest {

    private static final String PATH = "/api/v1/filings/%s/classification";

    @Test
    void theCityCorrectsTheCategoryWithAReasonTheProviderReads() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().submitted(p); // PE for pupils: non-subject training by the declaration
        String city = api().token("city-reviewer");
        assertThat(expect(api().get("/api/v1/filings/" + id, city), 200).text("category")).isEqualTo("NON_SUBJECT_TRAINING");

        expect(api().post(PATH.formatted(id), p.token(), Api.json(Map.of("scope", "IN_SCOPE",
                "category", "SUBJECT_TRAINING", "reason", "理由"))), 403);
        expect(api().post(PATH.formatted(id), city, Api.json(Map.of("scope", "IN_SCOPE", "category", "SUBJECT_TRAINING"))), 400);
        expect(api().post(PATH.formatted(id), city, Api.json(Map.of("scope", "IN_SCOPE", "reason", "理由"))), 400);
        expect(api().post(PATH.formatted("00000000-0000-0000-0000-000000000000"), city,
                Api.json(Map.of("scope", "OUT_OF_SCOPE", "reason", "理由"))), 404);

        JsonNode corrected = expect(api().post(PATH.formatted(id), city, Api.json(Map.of("scope", "IN_SCOPE",
                "category", "SUBJECT_TRAINING", "reason", "应用内实际由教师面向初中生讲授数学"))), 200).json();
        assertThat(corrected.path("category").asString()).isEqualTo("SUBJECT_TRAINING");
        assertThat(corrected.path("status").asString()).isEqualTo("CITY_REVIEW");
        // the pre-check now classifies by the correction: a company may not offer subject training
        assertThat(corrected.path("precheck").path("category").asString()).isEqualTo("SUBJECT_TRAINING");
        assertThat(corrected.path("precheck").path("findings").findValuesAsString("ruleId")).contains("SUBJECT_NON_PROFIT");

        JsonNode seen = expect(api().get("/api/v1/filings/" + id, p.token()), 200).json();
        JsonNode last = seen.path("history").get(seen.path("history").size() - 1);
        assertThat(last.path("action").asString()).isEqualTo("CLASSIFICATION_CORRECTED");
        assertThat(last.path("comment").asString()).contains("非学科培训类", "学科培训类", "应用内实际由教师面向初中生讲授数学");
        JsonNode again = expect(api().post("/api/v1/filings/" + id + "/precheck", p.token()), 200).json();
        assertThat(again.path("category").asString()).isEqualTo("SUBJECT_TRAINING");

        PageSession page = new PageSession(api().base());
        page.login(p.username(), Fixtures.PASSWORD);
        assertThat(page.get("/filings/" + id).body()).contains("更正类型或备案范围", "应用内实际由教师面向初中生讲授数学");
    }

    @Test
    void outOfScopeLeavesNoCategoryAndOnlyAFilingBeforeTheCityIsCorrected() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().submitted(p);
        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        String detail = city.get("/filings/" + id).body();
        assertThat(detail).contains("更正类型或备案范围");
        assertThat(city.postForm("/filings/" + id + "/classification", Map.of("classification", "OUT_OF_SCOPE",
                "reason", "主要用户为社会公众的通用工具", "_csrf", PageSession.csrfOf(detail))).statusCode()).isEqualTo(302);
        JsonNode f = expect(api().get("/api/v1/filings/" + id, api().token("city-reviewer")), 200).json();
        assertThat(f.path("category").isNull() || f.path("category").isMissingNode()).isTrue();
        assertThat(f.path("history").findValuesAsString("action")).contains("CLASSIFICATION_CORRECTED");

        String registered = fixtures().registered(p);
        expect(api().post(PATH.formatted(registered), api().token("city-reviewer"), Api.json(Map.of("scope", "IN_SCOPE",
                "category", "SUBJECT_TRAINING", "reason", "理由"))), 409);
    }
}
