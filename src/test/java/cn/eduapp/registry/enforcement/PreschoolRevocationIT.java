package cn.eduapp.registry.enforcement;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 京教信〔2022〕5号 三（五） in one act, over a preschool training filing in every status: registered and under
 * rectification ones are revoked (with takedown notices), ones before the city or the national review are refused
 * (不予备案), all others are left as they are; a filing that is not preschool training is never touched.
 */
class PreschoolRevocationIT extends IntegrationTest {

    @Autowired
    FilingManagement filingManagement;

    /** The declaration turned into preschool training (the pre-check would not let one be submitted now). */
    private void preschool(String filingId) {
        jdbc.sql("""
                update filing set app = jsonb_set(jsonb_set(app, '{audiences}', '["PRESCHOOL", "PARENTS"]'::jsonb),
                                                  '{offersSubjectTraining}', 'true'::jsonb)
                 where id = ?::uuid""").param(filingId).update();
    }

    private String status(String filingId) {
        return jdbc.sql("select status from filing where id = ?::uuid").param(filingId).query(String.class).single();
    }

    private void cityDecides(String id, String decision) {
        expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", decision, "comment", "意见"))), 200);
    }

    @Test
    void theActRevokesRegisteredAndRectifyingFilingsRefusesPendingOnesAndLeavesTheRest() {
        Fixtures.Provider p = fixtures().beijingCompany();
        Map<String, String> byStatus = new LinkedHashMap<>();
        byStatus.put("DRAFT", fixtures().createFiling(p, a -> { }));
        byStatus.put("CITY_REVIEW", fixtures().submitted(p));
        String returned = fixtures().submitted(p);
        cityDecides(returned, "RETURN");
        byStatus.put("RETURNED", returned);
        byStatus.put("MOE_REVIEW", fixtures().approvedByCity(p));
        byStatus.put("REGISTERED", fixtures().registered(p));
        String rejected = fixtures().submitted(p);
        cityDecides(rejected, "REJECT");
        byStatus.put("REJECTED", rejected);
        String rectifying = fixtures().registered(p);
        new EnforcementFixtures(api()).order(rectifying, clock.instant().plus(30, ChronoUnit.DAYS));
        byStatus.put("UNDER_RECTIFICATION", rectifying);
        String revoked = fixtures().registered(p);
        filingManagement.revoke(revoked, new Actor("city-reviewer", ""), "此前已撤销");
        byStatus.put("REVOKED", revoked);
        String cancelled = fixtures().registered(p);
        expect(api().post("/api/v1/filings/" + cancelled + "/cancel", p.token(), Api.json(Map.of("comment", "停止运营"))), 200);
        byStatus.put("CANCELLED", cancelled);
        byStatus.forEach((expected, id) -> {
            assertThat(status(id)).as(expected).isEqualTo(expected);
            preschool(id);
        });
        String otherRegistered = fixtures().registered(p);
        String otherPending = fixtures().submitted(p);

        String city = api().token("city-reviewer");
        List<String> candidates = expect(api().get("/api/v1/enforcement/preschool-revocations/candidates", city), 200)
                .json().path("items").findValuesAsString("id");
        assertThat(candidates).contains(byStatus.get("CITY_REVIEW"), byStatus.get("MOE_REVIEW"), byStatus.get("REGISTERED"),
                        byStatus.get("UNDER_RECTIFICATION"))
                .doesNotContain(byStatus.get("DRAFT"), byStatus.get("RETURNED"), byStatus.get("REJECTED"), revoked, cancelled,
                        otherRegistered, otherPending);

        String registeredNumber = fixtures().filingNumber(byStatus.get("REGISTERED"), p);
        String rectifyingNumber = fixtures().filingNumber(rectifying, p);
        Instant before = clock.instant();
        JsonNode result = expect(api().post("/api/v1/enforcement/preschool-revocations", city), 200).json();
        List<String> numbers = new ArrayList<>();
        result.path("filingNumbers").forEach(n -> numbers.add(n.asString()));
        List<String> refused = new ArrayList<>();
        result.path("refusedFilingIds").forEach(n -> refused.add(n.asString()));
        assertThat(numbers).contains(registeredNumber, rectifyingNumber);
        assertThat(refused).contains(byStatus.get("CITY_REVIEW"), byStatus.get("MOE_REVIEW"));
        assertThat(result.path("revoked").asInt()).isEqualTo(numbers.size());
        assertThat(result.path("refused").asInt()).isEqualTo(refused.size());

        Map<String, String> after = Map.of("DRAFT", "DRAFT", "CITY_REVIEW", "REJECTED", "RETURNED", "RETURNED",
                "MOE_REVIEW", "REJECTED", "REGISTERED", "REVOKED", "REJECTED", "REJECTED",
                "UNDER_RECTIFICATION", "REVOKED", "REVOKED", "REVOKED", "CANCELLED", "CANCELLED");
        byStatus.forEach((was, id) -> assertThat(status(id)).as("a preschool filing that was " + was).isEqualTo(after.get(was)));
        assertThat(status(otherRegistered)).isEqualTo("REGISTERED");
        assertThat(status(otherPending)).isEqualTo("CITY_REVIEW");

        // the refusal says why, in the history the provider reads; the revocations reach the app stores
        JsonNode pending = expect(api().get("/api/v1/filings/" + byStatus.get("MOE_REVIEW"), p.token()), 200).json();
        JsonNode last = pending.path("history").get(pending.path("history").size() - 1);
        assertThat(last.path("action").asString()).isEqualTo("REFUSED_NO_LONGER_ACCEPTED");
        assertThat(last.path("comment").asString()).contains("不再受理学前线上培训教育移动应用备案申请");
        for (String number : List.of(registeredNumber, rectifyingNumber)) {
            assertThat(jdbc.sql("select count(*) from takedown_notice where filing_number = ? and issued_at >= ?")
                    .params(number, java.sql.Timestamp.from(before)).query(Long.class).single()).as(number).isEqualTo(1);
        }
        // nothing left: a second act finds none of these
        JsonNode again = expect(api().post("/api/v1/enforcement/preschool-revocations", city), 200).json();
        List<String> second = new ArrayList<>();
        again.path("filingNumbers").forEach(n -> second.add(n.asString()));
        again.path("refusedFilingIds").forEach(n -> second.add(n.asString()));
        assertThat(second).doesNotContain(byStatus.get("CITY_REVIEW"), byStatus.get("MOE_REVIEW"));
        assertThat(second).doesNotContain(registeredNumber, rectifyingNumber);
    }
}
