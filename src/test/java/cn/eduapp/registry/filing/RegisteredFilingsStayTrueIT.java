package cn.eduapp.registry.filing;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.filing.internal.recheck.RecheckService;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Issue 12: changes (变更) re-reviewed; licences and rule sets re-checked. */
class RegisteredFilingsStayTrueIT extends IntegrationTest {

    @Autowired
    RecheckService recheck;

    private String register(Fixtures.Provider p, Map<String, Object> app) {
        String id = fixtures().createFiling(p, app);
        expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE"))), 200);
        expect(api().post("/api/v1/filings/" + id + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        return id;
    }

    private String revise(Fixtures.Provider p, String filingId, Map<String, Object> app) {
        return expect(api().post("/api/v1/filings/" + filingId + "/revisions", p.token(), Api.json(Map.of("app", app))), 201)
                .text("id");
    }

    @Test
    void aRevisionAddingAdvertisingIsRefusedAtSubmission() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().registered(p);
        Map<String, Object> app = Fixtures.compliantApp("带广告的新版本", Fixtures.uniqueAndroidId());
        app.put("features", Map.of("advertising", true));
        String rid = revise(p, id, app);
        Api.Response r = expect(api().post("/api/v1/filings/" + id + "/revisions/" + rid + "/submit", p.token()), 422);
        assertThat(r.json().path("errors").get(0).path("code").asString()).isEqualTo("ADVERTISING");
        assertThat(api().get("/api/v1/filings/" + id, p.token()).json().path("pendingRevision").path("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void anHonestRevisionApprovedPutsTheNewDeclarationInForce() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().registered(p);
        String oldName = api().get("/api/v1/filings/" + id, p.token()).json().path("app").path("name").asString();
        String newId = Fixtures.uniqueAndroidId();
        String rid = revise(p, id, Fixtures.compliantApp("新名称体育", newId));
        expect(api().post("/api/v1/filings/" + id + "/revisions", p.token(), Api.json(Map.of("app",
                Fixtures.compliantApp("第二项变更", Fixtures.uniqueAndroidId())))), 409);

        JsonNode changes = expect(api().get("/api/v1/filings/" + id + "/revisions/" + rid + "/diff", p.token()), 200)
                .json().path("changes");
        List<String> fields = new ArrayList<>();
        changes.forEach(c -> fields.add(c.path("field").asString()));
        assertThat(fields).contains("name", "platforms");
        assertThat(changes.get(fields.indexOf("name")).path("before").asString()).isEqualTo(oldName);
        assertThat(changes.get(fields.indexOf("name")).path("after").asString()).isEqualTo("新名称体育");

        // while in review the registered declaration stays in force
        expect(api().post("/api/v1/filings/" + id + "/revisions/" + rid + "/submit", p.token()), 200);
        JsonNode during = api().get("/api/v1/filings/" + id, api().token("city-reviewer")).json();
        assertThat(during.path("app").path("name").asString()).isEqualTo(oldName);
        assertThat(during.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(during.path("pendingRevision").path("status").asString()).isEqualTo("CITY_REVIEW");

        expect(api().post("/api/v1/filings/" + id + "/revisions/" + rid + "/city-review", p.token(),
                Api.json(Map.of("decision", "APPROVE"))), 403);
        Api.Response approved = expect(api().post("/api/v1/filings/" + id + "/revisions/" + rid + "/city-review",
                api().token("city-reviewer"), Api.json(Map.of("decision", "APPROVE"))), 200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        JsonNode after = api().get("/api/v1/filings/" + id, p.token()).json();
        assertThat(after.path("app").path("name").asString()).isEqualTo("新名称体育");
        assertThat(after.path("app").path("platforms").get(0).path("identifier").asString()).isEqualTo(newId);
        assertThat(after.path("pendingRevision").isNull() || after.path("pendingRevision").isMissingNode()).isTrue();
        List<String> actions = new ArrayList<>();
        after.path("history").forEach(h -> actions.add(h.path("action").asString()));
        assertThat(actions).contains("REVISION_APPROVED");
        // the public list and the verification index follow the declaration in force
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(api().get("/api/v1/public/whitelist?q=" + java.net.URLEncoder.encode("新名称体育",
                    java.nio.charset.StandardCharsets.UTF_8), null).body()).contains(after.path("filingNumber").asString());
            Api.Response verify = api().get("/api/v1/verify?platform=ANDROID&identifier=" + newId, api().token("appstore-demo"));
            assertThat(verify.text("status")).isEqualTo("REGISTERED");
            assertThat(verify.text("appName")).isEqualTo("新名称体育");
        });
    }

    @Test
    void aRejectedRevisionLeavesTheOldDeclarationInForce() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().registered(p);
        String oldName = api().get("/api/v1/filings/" + id, p.token()).json().path("app").path("name").asString();
        String rid = revise(p, id, Fixtures.compliantApp("被拒绝的名称", Fixtures.uniqueAndroidId()));
        expect(api().post("/api/v1/filings/" + id + "/revisions/" + rid + "/submit", p.token()), 200);
        expect(api().post("/api/v1/filings/" + id + "/revisions/" + rid + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "REJECT"))), 400);
        expect(api().post("/api/v1/filings/" + id + "/revisions/" + rid + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "REJECT", "comment", "名称不实"))), 200);
        assertThat(api().get("/api/v1/filings/" + id, p.token()).json().path("app").path("name").asString()).isEqualTo(oldName);
        String number = api().get("/api/v1/filings/" + id, p.token()).text("filingNumber");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api().get("/api/v1/public/filings/"
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8), null).text("appName")).isEqualTo(oldName));
        // and a new revision may be proposed after it
        revise(p, id, Fixtures.compliantApp("再次变更", Fixtures.uniqueAndroidId()));
        // a draft filing cannot be revised; another provider cannot see it
        String draft = fixtures().createFiling(p, a -> { });
        expect(api().post("/api/v1/filings/" + draft + "/revisions", p.token(), Api.json(Map.of("app",
                Fixtures.compliantApp("x", "com.a.b")))), 409);
        expect(api().get("/api/v1/filings/" + id + "/revisions/" + rid, fixtures().beijingCompany().token()), 404);
    }

    @Test
    void withdrawingTheOnlinePermitRaisesOneAlertPerSubjectTrainingFiling() {
        Fixtures.Provider p = fixtures().beijingNonProfit();
        fixtures().licenceForSubjectTraining(p);
        String maths = register(p, Fixtures.subjectTrainingApp("初中数学同步" + p.username(), Fixtures.uniqueAndroidId()));
        String english = register(p, withSubject(Fixtures.subjectTrainingApp("初中英语" + p.username(), Fixtures.uniqueAndroidId()), "ENGLISH"));
        String pe = register(p, Fixtures.compliantApp("体育" + p.username(), Fixtures.uniqueAndroidId()));
        String permit = api().get("/api/v1/providers/" + p.id(), p.token()).json().path("licences").get(1).path("id").asString();

        expect(api().post("/api/v1/providers/" + p.id() + "/licences/" + permit + "/revocation", p.token(),
                Api.json(Map.of("reason", "x"))), 403);
        expect(api().post("/api/v1/providers/" + p.id() + "/licences/" + permit + "/revocation", api().token("city-reviewer"),
                Api.json(Map.of("reason", "发证机关撤销许可"))), 200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(openAlerts(maths)).containsExactly("SUBJECT_ONLINE_PERMIT");
            assertThat(openAlerts(english)).containsExactly("SUBJECT_ONLINE_PERMIT");
        });
        assertThat(openAlerts(pe)).isEmpty();
        recheck.runAll();
        recheck.runAll();
        assertThat(openAlerts(maths)).hasSize(1); // one open alert per filing and rule, not one per run

        String alertId = alerts(maths, "OPEN").get(0).path("id").asString();
        expect(api().post("/api/v1/recheck-alerts/" + alertId + "/dismissal", api().token("city-reviewer"), "{}"), 400);
        expect(api().post("/api/v1/recheck-alerts/" + alertId + "/dismissal", api().token("city-reviewer"),
                Api.json(Map.of("comment", "已另案处理"))), 200);
        recheck.runAll();
        assertThat(openAlerts(maths)).isEmpty(); // a dismissed alert stays quiet while nothing changes
    }

    @Test
    void aLicenceThatExpiresRaisesAnAlertOnTheNextRunAndPassingAgainResolvesIt() {
        Fixtures.Provider p = fixtures().beijingNonProfit();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        fixtures().addLicence(p, "SCHOOL_RUNNING_LICENCE", "教民111010870000009", "2025-01-01", "2035-12-31");
        fixtures().addLicence(p, "ONLINE_SUBJECT_TRAINING_PERMIT", "京线上培训2025009", "2025-01-01", today.plusDays(10).toString());
        String id = register(p, Fixtures.subjectTrainingApp("高中物理" + p.username(), Fixtures.uniqueAndroidId()));
        recheck.runAll();
        assertThat(openAlerts(id)).isEmpty();

        clock.advance(Duration.ofDays(12));
        recheck.runAll();
        api().forgetTokens();
        assertThat(openAlerts(id)).containsExactly("SUBJECT_ONLINE_PERMIT");

        String token = api().login(p.username(), Fixtures.PASSWORD);
        expect(api().post("/api/v1/providers/" + p.id() + "/licences", token, Api.json(Map.of("type", "ONLINE_SUBJECT_TRAINING_PERMIT",
                "number", "京线上培训2026010", "issuer", "北京市教育委员会", "validFrom", "2025-01-01", "validUntil", "2036-01-01"))), 201);
        recheck.runAll();
        assertThat(openAlerts(id)).isEmpty();
        assertThat(alerts(id, "RESOLVED")).hasSize(1);
        api().forgetTokens();
    }

    @Test
    void importedFilingsAreRecheckedOnlyAgainstTheProviderRules() {
        String code = cn.eduapp.registry.support.CreditCodes.generate("52", "110108");
        String number = "教APP备119" + String.format("%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000)) + "号";
        String csv = "filingNumber,appName,providerName,creditCode,legalPersonType,category,platform,identifier,audiences,offersSubjectTraining,registeredAt\n"
                + number + ",导入的数学课堂,北京导入学校" + code.substring(10) + "," + code + ",NON_PROFIT,SUBJECT_TRAINING,ANDROID,"
                + Fixtures.uniqueAndroidId() + ",JUNIOR_SECONDARY,true,2023-05-01\n";
        Api.Response imported = api().send("POST", "/api/v1/filings/import", api().token("city-reviewer"), "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String id = jdbc.sql("select id::text from filing where filing_number = ?").param(number).query(String.class).single();
        recheck.runAll();
        // no licences: the subject-training provider rules fire; the declaration rules (ICP, operations …) do not
        assertThat(openAlerts(id)).containsExactlyInAnyOrder("SUBJECT_SCHOOL_LICENCE", "SUBJECT_ONLINE_PERMIT");
    }

    @Test
    void aRuleSetVersionTakingEffectRaisesAlertsOnlyForTheFilingsItNewlyFails() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String pe = fixtures().registered(p); // PE for primary pupils: non-subject under 2022.2
        Map<String, Object> arts = Fixtures.compliantApp("美术" + p.username(), Fixtures.uniqueAndroidId());
        arts.put("subjects", List.of("FINE_ARTS"));
        String fineArts = register(p, arts);
        recheck.runAll();
        assertThat(openAlerts(pe)).isEmpty();

        // a later notice counts PE among the subjects of S; it takes effect on its date, not before
        JsonNode current = expect(api().get("/api/v1/rule-sets/2022.3", api().token("city-reviewer")), 200).json();
        tools.jackson.databind.node.ObjectNode def = (tools.jackson.databind.node.ObjectNode) Api.parse("{}");
        def.put("version", "it-pe-" + p.username());
        def.put("effectiveFrom", "2101-03-01");
        def.put("title", "体育纳入学科（测试）");
        tools.jackson.databind.node.ObjectNode parameters = (tools.jackson.databind.node.ObjectNode) current.path("parameters").deepCopy();
        ((tools.jackson.databind.node.ArrayNode) parameters.path("subjects")).add("PHYSICAL_EDUCATION");
        def.set("parameters", parameters);
        tools.jackson.databind.node.ArrayNode rules = def.putArray("rules");
        current.path("rules").forEach(r -> {
            tools.jackson.databind.node.ObjectNode rule = rules.addObject();
            rule.put("id", r.path("key").asString());
            rule.put("clause", r.path("clause").asString());
            rule.put("severity", r.path("severity").asString());
            rule.put("message", r.path("message").asString());
            rule.put("inForce", r.path("inForce").asBoolean());
            if (r.hasNonNull("licence")) {
                rule.put("licence", r.path("licence").asString());
            }
        });
        expect(api().post("/api/v1/rule-sets", api().token("city-reviewer"), def.toString()), 201);
        recheck.runAll();
        assertThat(openAlerts(pe)).isEmpty();

        clock.setInstant(java.time.Instant.parse("2101-03-01T00:10:00+08:00"));
        recheck.watchRuleSet(); // the new version in force: everyone is re-checked at once
        api().forgetTokens();
        assertThat(openAlerts(pe)).contains("SUBJECT_NON_PROFIT");
        assertThat(openAlerts(fineArts)).isEmpty();
        api().forgetTokens();
    }

    private static Map<String, Object> withSubject(Map<String, Object> app, String subject) {
        app.put("subjects", List.of(subject));
        return app;
    }

    private List<JsonNode> alerts(String filingId, String status) {
        JsonNode items = expect(api().get("/api/v1/recheck-alerts?status=" + status + "&filingId=" + filingId,
                api().token("city-reviewer")), 200).json().path("items");
        List<JsonNode> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    private List<String> openAlerts(String filingId) {
        return alerts(filingId, "OPEN").stream().map(a -> a.path("ruleId").asString()).toList();
    }
}
