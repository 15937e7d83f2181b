package cn.eduapp.registry.rules;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.rules.internal.RuleEngine;
import cn.eduapp.registry.rules.internal.RuleSetCatalog;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.shared.LegalPersonType;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: the corrected texts came as a new version (2022.2); 2022.1 stays stored and readable, and a finding
 * made under 2022.1 (as on a deployment before the new version) still reads as it did then.
 */
class RuleSetHistoryIT extends IntegrationTest {

    private static final String OLD_PHOTO_TEXT = "应用不得提供“拍照搜题”等惰化学生思维、直接提供答案的功能。请下线该功能后再提交。";

    @Autowired
    RuleSetCatalog catalog;

    @Autowired
    FilingManagement filings;

    @Autowired
    JsonMapper mapper;

    @Test
    void aFindingMadeUnder2022_1StillReadsAsItDidAfter2022_2() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, a -> a.put("features", Map.of("photoSearch", true)));

        // the pre-check as 2022.1 made it, kept on the filing as it was before 2022.2 was stored
        var app = filings.find(id).orElseThrow().app();
        PrecheckResult old = RuleEngine.evaluate(catalog.version("2022.1").orElseThrow(), new PrecheckFacts(app,
                new ProviderFacts(p.creditCode(), LegalPersonType.FOR_PROFIT, List.of(), null), Beijing.today(clock)));
        jdbc.sql("update filing set precheck = ?::jsonb where id = ?::uuid")
                .params(mapper.writeValueAsString(old), id).update();

        JsonNode kept = expect(api().get("/api/v1/filings/" + id, p.token()), 200).json().path("precheck");
        assertThat(kept.path("ruleSetVersion").asString()).isEqualTo("2022.1");
        JsonNode photo = finding(kept, "PHOTO_SEARCH");
        assertThat(photo.path("clause").asString()).isEqualTo("京教信〔2022〕5号 三(三)");
        assertThat(photo.path("message").asString()).isEqualTo(OLD_PHOTO_TEXT);
        // the provider's page shows it as it was said
        PageSession page = new PageSession(api().base());
        page.login(p.username(), Fixtures.PASSWORD);
        assertThat(page.get("/filings/" + id).body()).contains("直接提供答案");

        // 2022.1 is still readable, superseded; 2022.2 says what the notice says
        JsonNode v1 = expect(api().get("/api/v1/rule-sets/2022.1", p.token()), 200).json();
        assertThat(v1.path("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(rule(v1, "PHOTO_SEARCH").path("message").asString()).isEqualTo(OLD_PHOTO_TEXT);
        JsonNode v2 = expect(api().get("/api/v1/rule-sets/2022.2", p.token()), 200).json();
        assertThat(rule(v2, "PHOTO_SEARCH").path("message").asString()).isNotEqualTo(OLD_PHOTO_TEXT);
        // since 2026-12-01 2022.3 (2022.2 and the MATERIALS rule of issue 21) is in force, 2022.2 superseded in turn
        assertThat(v2.path("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(expect(api().get("/api/v1/rule-sets/2022.3", p.token()), 200).json().path("status").asString())
                .isEqualTo("IN_FORCE");

        // a new pre-check of the same filing runs under the set in force, with 2022.2's words
        JsonNode now = expect(api().post("/api/v1/filings/" + id + "/precheck", p.token()), 200).json();
        assertThat(now.path("ruleSetVersion").asString()).isEqualTo("2022.3");
        assertThat(finding(now, "PHOTO_SEARCH").path("clause").asString()).isEqualTo("京教信〔2022〕5号 三（三）");
        assertThat(finding(now, "PHOTO_SEARCH").path("message").asString())
                .contains("惰化中小学生学习思维能力、影响学生独立思考、违背教育教学规律的“拍照搜题”等功能")
                .doesNotContain("直接提供答案");
    }

    private static JsonNode finding(JsonNode precheck, String ruleId) {
        return precheck.path("findings").valueStream().filter(f -> f.path("ruleId").asString().equals(ruleId))
                .findFirst().orElseThrow();
    }

    private static JsonNode rule(JsonNode version, String key) {
        return version.path("rules").valueStream().filter(r -> r.path("key").asString().equals(key))
                .findFirst().orElseThrow();
    }
}
