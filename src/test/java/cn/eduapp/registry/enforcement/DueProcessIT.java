package cn.eduapp.registry.enforcement;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20: overdue is a finding that opens a case with a prior notice; a person decides after the statement or the
 * period; revocation lists the app concerned only, tells the CAC and the CA, and the CAC's takedown reaches every store.
 */
class DueProcessIT extends IntegrationTest {

    @Autowired
    EnforcementSweep sweep;

    private EnforcementFixtures orders() {
        return new EnforcementFixtures(api());
    }

    private JsonNode caseOf(String orderId) {
        JsonNode order = expect(api().get("/api/v1/rectifications/" + orderId, api().token("city-reviewer")), 200).json();
        String caseId = order.path("caseIds").get(0).asString();
        return expect(api().get("/api/v1/enforcement-cases/" + caseId, api().token("city-reviewer")), 200).json();
    }

    private String verify(String androidId) {
        return api().get("/api/v1/verify?platform=ANDROID&identifier=" + androidId, api().token("cac-officer")).text("status");
    }

    private Api.Response decide(String caseId, String outcome, String newDeadline) {
        Map<String, Object> body = newDeadline == null ? Map.of("outcome", outcome, "reasons", "经复核，事实清楚")
                : Map.of("outcome", outcome, "reasons", "给予延期", "newDeadline", newDeadline);
        return api().post("/api/v1/enforcement-cases/" + caseId + "/decision", api().token("city-reviewer"), Api.json(body));
    }

    private byte[] pdf(String url, String token) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api().base() + url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void overdueOpensACaseThenStatementDecisionRevokesListsTheAppOnlyAndTellsTheAgencies() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String androidId = Fixtures.uniqueAndroidId();
        String filingId = fixtures().createFiling(p, Fixtures.compliantApp("违规应用" + androidId.substring(11), androidId));
        expect(api().post("/api/v1/filings/" + filingId + "/submit", p.token()), 200);
        expect(api().post("/api/v1/filings/" + filingId + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        expect(api().post("/api/v1/filings/" + filingId + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        String otherAndroid = Fixtures.uniqueAndroidId();
        String other = fixtures().createFiling(p, Fixtures.compliantApp("合规应用" + otherAndroid.substring(11), otherAndroid));
        expect(api().post("/api/v1/filings/" + other + "/submit", p.token()), 200);
        expect(api().post("/api/v1/filings/" + other + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        expect(api().post("/api/v1/filings/" + other + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        String number = fixtures().filingNumber(filingId, p);

        String orderId = orders().order(filingId, clock.instant().plus(Duration.ofHours(1)));
        JsonNode order = api().get("/api/v1/rectifications/" + orderId, p.token()).json();
        assertThat(order.path("documentNumber").asString()).matches("京教监整〔\\d{4}〕\\d+号");
        assertThat(order.path("servedAt").isNull()).as("served in the system at once").isFalse();

        clock.advance(Duration.ofHours(2));
        api().forgetTokens();
        p = new Fixtures.Provider(p.id(), p.name(), p.creditCode(), p.username(), api().login(p.username(), Fixtures.PASSWORD));
        sweep.sweep();
        sweep.sweep();
        assertThat(orders().orderStatus(orderId)).isEqualTo("OVERDUE");
        assertThat(orders().filingStatus(filingId)).as("a finding, not a sanction").isEqualTo("UNDER_RECTIFICATION");
        JsonNode c = caseOf(orderId);
        String caseId = c.path("id").asString();
        assertThat(c.path("ground").asString()).isEqualTo("OVERDUE");
        assertThat(c.path("status").asString()).isEqualTo("NOTICE_SERVED");
        assertThat(c.path("documents").findValuesAsString("kind")).containsExactly("PRIOR_NOTICE");
        assertThat(jdbc.sql("select count(*) from enforcement_case where order_id = ?::uuid").param(orderId)
                .query(Long.class).single()).isEqualTo(1);

        // revoking before the period without a statement is refused
        expect(decide(caseId, "REVOKE", null), 409);
        expect(api().post("/api/v1/enforcement-cases/" + caseId + "/statement", p.token(),
                Api.json(Map.of("text", "我单位已着手整改，请求从轻处理"))), 200);
        expect(api().post("/api/v1/enforcement-cases/" + caseId + "/statement", p.token(),
                Api.json(Map.of("text", "再次陈述"))), 409);
        JsonNode decided = expect(decide(caseId, "REVOKE", null), 200).json();
        assertThat(decided.path("outcome").asString()).isEqualTo("REVOKE");
        assertThat(decided.path("documents").findValuesAsString("kind")).containsExactly("PRIOR_NOTICE", "DECISION");
        expect(decide(caseId, "NO_ACTION", null), 409);

        assertThat(orders().filingStatus(filingId)).isEqualTo("REVOKED");
        assertThat(orders().filingStatus(other)).as("the provider's other filing is untouched").isEqualTo("REGISTERED");
        assertThat(api().get("/api/v1/providers/" + p.id(), api().token("city-reviewer")).text("bannedUntil")).isNotBlank();
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(verify(androidId)).isEqualTo("BLACKLISTED");
            assertThat(verify(otherAndroid)).isEqualTo("REGISTERED");
        });
        JsonNode blacklist = expect(api().get("/api/v1/public/blacklist?size=200", null), 200).json().path("items");
        JsonNode item = null;
        for (JsonNode i : blacklist) {
            if (number.equals(i.path("filingNumber").asString())) {
                item = i;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.path("decisionNumber").asString()).startsWith("京教监决");
        assertThat(blacklist.toString()).doesNotContain("合规应用" + otherAndroid.substring(11));

        // one 通报 to the CAC and the CA; the CAC's takedown reaches every store
        JsonNode bulletins = expect(api().get("/api/v1/revocation-bulletins?size=200", api().token("ca-officer")), 200).json();
        String bulletinId = null;
        int count = 0;
        for (JsonNode b : bulletins.path("items")) {
            if (b.path("caseId").asString().equals(caseId)) {
                bulletinId = b.path("id").asString();
                count++;
            }
        }
        assertThat(count).isEqualTo(1);
        expect(api().post("/api/v1/revocation-bulletins/" + bulletinId + "/takedown-notice", api().token("ca-officer"), "{}"), 403);
        JsonNode notice = expect(api().post("/api/v1/revocation-bulletins/" + bulletinId + "/takedown-notice",
                api().token("cac-officer"), "{}"), 201).json();
        assertThat(jdbc.sql("select count(*) from takedown_delivery where notice_id = ?::uuid").param(notice.path("id").asString())
                .query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from organisation where kind = 'APP_STORE'").query(Long.class).single());
        expect(api().post("/api/v1/revocation-bulletins/" + bulletinId + "/takedown-notice", api().token("cac-officer"), "{}"), 409);

        // the decision as PDF: number, statement and remedies read back
        String decisionUrl = null;
        String decisionNumber = null;
        for (JsonNode d : decided.path("documents")) {
            if (d.path("kind").asString().equals("DECISION")) {
                decisionUrl = d.path("url").asString();
                decisionNumber = d.path("number").asString();
            }
        }
        try (var doc = Loader.loadPDF(pdf(decisionUrl, p.token()))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("行政处理决定书", decisionNumber, "我单位已着手整改", "六十日内依法申请行政复议",
                    "六个月内依法向人民法院提起行政诉讼");
        }
        Fixtures.Provider stranger = fixtures().beijingCompany();
        expect(api().get(decisionUrl, stranger.token()), 404);

        // early removal: off the list, verify answers REVOKED
        String entryId = decided.path("blacklisting").path("id").asString();
        expect(api().post("/api/v1/blacklist-entries/" + entryId + "/removal", api().token("city-reviewer"),
                Api.json(Map.of("reason", "已完成整改，信用修复"))), 200);
        expect(api().post("/api/v1/blacklist-entries/" + entryId + "/removal", api().token("city-reviewer"),
                Api.json(Map.of("reason", "再次"))), 409);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(verify(androidId)).isEqualTo("REVOKED"));
    }

    @Test
    void refusalFoundByTheCityThenNoActionRestoresAndExtendReopens() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String orderId = orders().order(filingId, clock.instant().plus(Duration.ofDays(3)));
        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal", p.token(), "{}"), 404);
        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal-finding", p.token(),
                Api.json(Map.of("evidence", "x"))), 403);
        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal-finding", api().token("city-reviewer"),
                Api.json(Map.of("evidence", "约谈时明确表示不整改（约谈记录）"))), 200);
        assertThat(orders().orderStatus(orderId)).isEqualTo("REFUSED");
        JsonNode c = caseOf(orderId);
        assertThat(c.path("ground").asString()).isEqualTo("REFUSAL");
        String caseId = c.path("id").asString();
        expect(decide(caseId, "EXTEND", null), 400);
        expect(decide(caseId, "EXTEND", clock.instant().plus(Duration.ofDays(10)).toString()), 200);
        assertThat(orders().orderStatus(orderId)).isEqualTo("OPEN");
        assertThat(orders().filingStatus(filingId)).isEqualTo("UNDER_RECTIFICATION");

        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal-finding", api().token("city-reviewer"),
                Api.json(Map.of("evidence", "逾期仍未整改且拒绝配合检查"))), 200);
        JsonNode order = api().get("/api/v1/rectifications/" + orderId, api().token("city-reviewer")).json();
        String second = order.path("caseIds").get(1).asString();
        expect(decide(second, "NO_ACTION", null), 200);
        assertThat(orders().orderStatus(orderId)).isEqualTo("CLOSED");
        assertThat(orders().filingStatus(filingId)).isEqualTo("REGISTERED");
    }

    @Test
    void anAnnulledRevocationRestoresTheFilingAndEndsTheListing() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String orderId = orders().order(filingId, clock.instant().plus(Duration.ofDays(3)));
        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal-finding", api().token("city-reviewer"),
                Api.json(Map.of("evidence", "拒不整改"))), 200);
        String caseId = caseOf(orderId).path("id").asString();
        clock.advance(Duration.ofDays(15));
        api().forgetTokens();
        expect(decide(caseId, "REVOKE", null), 200);
        assertThat(orders().filingStatus(filingId)).isEqualTo("REVOKED");
        JsonNode after = expect(api().post("/api/v1/enforcement-cases/" + caseId + "/review-result", api().token("city-reviewer"),
                Api.json(Map.of("body", "ADMINISTRATIVE_RECONSIDERATION", "reference", "京政复〔2026〕7号", "annulled", true))), 200).json();
        assertThat(orders().filingStatus(filingId)).isEqualTo("REGISTERED");
        assertThat(after.path("blacklisting").path("endKind").asString()).isEqualTo("ANNULLED");
        assertThat(after.path("reviews").get(0).path("reference").asString()).isEqualTo("京政复〔2026〕7号");
        String banned = api().get("/api/v1/providers/" + p.id(), api().token("city-reviewer")).text("bannedUntil");
        assertThat(banned).isNotNull();
    }
}
