package cn.eduapp.registry.rules;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.rules.internal.RuleSetPublishing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pre-check through HTTP: refusals list every blocking rule; rule-set versions are read, published
 * (validated, never twice) and take over on their effective date and not before.
 * Versions published here take effect in 2100 or later and differ from 2022.3 only in a message text, so
 * no other test notices them.
 */
@RecordApplicationEvents
class RuleSetIT extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    RuleSetPublishing publishing;

    @Value("${registry.rules.directory:${registry.data-dir:./data}/rule-sets}")
    String ruleSetDirectory;

    @Test
    void aRefusedSubmissionListsEachBlockingRuleId() {
        Fixtures.Provider company = fixtures().beijingCompany();
        Map<String, Object> app = Fixtures.subjectTrainingApp("某某数学" + UUID.randomUUID().toString().substring(0, 6),
                Fixtures.uniqueAndroidId());
        app.put("features", Map.of("photoSearch", true, "advertising", true, "gameLinks", false,
                "hostsThirdPartyTraining", false, "chargesFees", false));
        app.put("icpFilingNumber", "京ICP备12345678号-1X");
        String id = fixtures().createFiling(company, app);

        Api.Response refused = expect(api().post("/api/v1/filings/" + id + "/submit", company.token()), 422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        List<String> codes = new ArrayList<>();
        refused.json().path("errors").forEach(e -> codes.add(e.path("code").asString()));
        assertThat(codes).containsExactlyInAnyOrder("SUBJECT_NON_PROFIT", "SUBJECT_CIVIL_AFFAIRS", "SUBJECT_SCHOOL_LICENCE",
                "SUBJECT_ONLINE_PERMIT", "PHOTO_SEARCH", "ADVERTISING");
        refused.json().path("errors").forEach(e -> assertThat(e.path("message").asString()).isNotBlank());

        JsonNode pre = expect(api().post("/api/v1/filings/" + id + "/precheck", company.token()), 200).json();
        assertThat(pre.path("category").asString()).isEqualTo("SUBJECT_TRAINING");
        assertThat(pre.path("ruleSetVersion").asString()).isEqualTo("2022.3");
        List<String> blocking = new ArrayList<>();
        pre.path("findings").forEach(f -> {
            assertThat(f.path("clause").asString()).isNotBlank();
            if (f.path("severity").asString().equals("BLOCKING")) {
                blocking.add(f.path("ruleId").asString());
            }
        });
        assertThat(blocking).containsExactlyInAnyOrderElementsOf(codes);
        // the wrong suffix is only a warning, under ICP_FILING
        assertThat(pre.path("findings").valueStream()
                .filter(f -> f.path("ruleId").asString().equals("ICP_FILING")).map(f -> f.path("severity").asString()))
                .containsExactly("WARNING");
        // the refused submission kept its pre-check on the filing
        JsonNode filing = expect(api().get("/api/v1/filings/" + id, company.token()), 200).json();
        assertThat(filing.path("status").asString()).isEqualTo("DRAFT");
        assertThat(filing.path("precheck").path("ruleSetVersion").asString()).isEqualTo("2022.3");
    }

    @Test
    void everySignedInCallerReadsTheVersionsAndTheRulesInForce() {
        Fixtures.Provider p = fixtures().beijingCompany();
        expect(api().get("/api/v1/rule-sets", null), 401);

        JsonNode list = expect(api().get("/api/v1/rule-sets", p.token()), 200).json();
        assertThat(list.has("page") && list.has("size") && list.has("total")).isTrue();
        JsonNode v2022 = list.path("items").valueStream().filter(v -> v.path("version").asString().equals("2022.3"))
                .findFirst().orElseThrow();
        assertThat(v2022.path("effectiveFrom").asString()).isEqualTo("2026-12-01");
        assertThat(v2022.path("inForce").asBoolean()).isTrue();
        assertThat(v2022.path("status").asString()).isEqualTo("IN_FORCE");
        JsonNode v2022first = list.path("items").valueStream().filter(v -> v.path("version").asString().equals("2022.1"))
                .findFirst().orElseThrow();
        assertThat(v2022first.path("status").asString()).isEqualTo("SUPERSEDED");

        JsonNode detail = expect(api().get("/api/v1/rule-sets/2022.3", api().token("school-haidian-1")), 200).json();
        assertThat(detail.path("parameters").path("subjects")).hasSize(11);
        assertThat(detail.path("parameters").path("schoolAgeAudiences").valueStream().map(JsonNode::asString))
                .containsExactly("PRIMARY", "JUNIOR_SECONDARY", "SENIOR_SECONDARY");
        List<String> ids = new ArrayList<>();
        detail.path("rules").forEach(r -> {
            ids.add(r.path("id").asString());
            assertThat(r.path("clause").asString()).isNotBlank();
            assertThat(r.path("message").asString()).isNotBlank();
            assertThat(r.path("inForce").asBoolean()).isTrue();
        });
        assertThat(ids).contains("SCOPE", "CATEGORY", "SUBJECT_NON_PROFIT", "SUBJECT_CIVIL_AFFAIRS", "SUBJECT_SCHOOL_LICENCE",
                "SUBJECT_ONLINE_PERMIT", "THIRD_PARTY_TRAINING", "PHOTO_SEARCH", "PRESCHOOL_TRAINING", "ADVERTISING",
                "GAME_LINKS", "GUARDIAN_CONSENT", "PERSONAL_INFO_SALE", "DATA_PROTECTION", "OPERATIONS", "COMPLAINT_ENTRY",
                "ICP_FILING", "MLPS_FILING", "JURISDICTION", "PROVIDER_BANNED");
        assertThat(detail.path("rules").valueStream().filter(r -> r.path("id").asString().equals("ICP_FILING"))
                .map(r -> r.path("severity").asString())).containsExactlyInAnyOrder("BLOCKING", "WARNING");

        expect(api().get("/api/v1/rule-sets/no-such-version", p.token()), 404);
    }

    @Test
    void publishingIsTheCitysAndRefusesInvalidDefinitions() {
        String city = api().token("city-reviewer");
        Fixtures.Provider p = fixtures().beijingCompany();
        ObjectNode def = definition("it-" + UUID.randomUUID().toString().substring(0, 8), "2100-01-01");

        expect(api().post("/api/v1/rule-sets", null, def.toString()), 401);
        expect(api().post("/api/v1/rule-sets", p.token(), def.toString()), 403);
        expect(api().post("/api/v1/rule-sets", api().token("moe-reviewer"), def.toString()), 403);
        expect(api().post("/api/v1/rule-sets", city, "{"), 400);

        ObjectNode past = def.deepCopy();
        past.put("effectiveFrom", LocalDate.now(clock).minusDays(2).toString());
        assertThat(fields(expect(api().post("/api/v1/rule-sets", city, past.toString()), 400))).contains("effectiveFrom");

        ObjectNode unknownRule = def.deepCopy();
        ((ObjectNode) unknownRule.path("rules").get(3)).put("id", "NO_SUCH_RULE");
        assertThat(fields(expect(api().post("/api/v1/rule-sets", city, unknownRule.toString()), 400))).contains("rules[3].id");

        ObjectNode badSeverity = def.deepCopy();
        ((ObjectNode) badSeverity.path("rules").get(0)).put("severity", "FATAL");
        assertThat(fields(expect(api().post("/api/v1/rule-sets", city, badSeverity.toString()), 400)))
                .anyMatch(f -> f.startsWith("rules"));

        ObjectNode badSubject = def.deepCopy();
        ((ArrayNode) badSubject.path("parameters").path("subjects")).add("ALCHEMY");
        expect(api().post("/api/v1/rule-sets", city, badSubject.toString()), 400);

        ObjectNode missingRule = def.deepCopy();
        ((ArrayNode) missingRule.path("rules")).remove(0);
        assertThat(fields(expect(api().post("/api/v1/rule-sets", city, missingRule.toString()), 400))).contains("rules");

        ObjectNode existing = definition("2022.1", "2100-01-01");
        expect(api().post("/api/v1/rule-sets", city, existing.toString()), 409);
    }

    @Test
    void aFutureVersionDoesNotApplyBeforeItsEffectiveDateAndDoesOnIt() {
        String version = "it-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode def = definition(version, "2100-01-01");
        String marker = "【测试版本 " + version + "】";
        ObjectNode photo = (ObjectNode) def.path("rules").valueStream()
                .filter(r -> r.path("id").asString().equals("PHOTO_SEARCH")).findFirst().orElseThrow();
        photo.put("message", photo.path("message").asString() + marker);

        JsonNode published = expect(api().post("/api/v1/rule-sets", api().token("city-reviewer"), def.toString()), 201).json();
        assertThat(published.path("version").asString()).isEqualTo(version);
        assertThat(published.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(published.path("inForce").asBoolean()).isFalse();

        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, a -> a.put("features", Map.of("photoSearch", true)));
        JsonNode today = expect(api().post("/api/v1/filings/" + id + "/precheck", p.token()), 200).json();
        assertThat(today.path("ruleSetVersion").asString()).isEqualTo("2022.3");
        assertThat(photoMessage(today)).doesNotContain(marker);

        // 23:59 Beijing on the eve: still the old version
        clock.setInstant(Instant.parse("2099-12-31T15:59:00Z"));
        api().forgetTokens();
        String eveToken = api().login(p.username(), Fixtures.PASSWORD);
        JsonNode eve = expect(api().post("/api/v1/filings/" + id + "/precheck", eveToken), 200).json();
        assertThat(eve.path("ruleSetVersion").asString()).isEqualTo("2022.3");

        // 00:00:30 Beijing on 2100-01-01: the new version
        clock.setInstant(Instant.parse("2099-12-31T16:00:30Z"));
        String token = api().login(p.username(), Fixtures.PASSWORD);
        JsonNode onTheDay = expect(api().post("/api/v1/filings/" + id + "/precheck", token), 200).json();
        assertThat(onTheDay.path("ruleSetVersion").asString()).isEqualTo(version);
        assertThat(photoMessage(onTheDay)).endsWith(marker);
        JsonNode listed = expect(api().get("/api/v1/rule-sets/" + version, token), 200).json();
        assertThat(listed.path("status").asString()).isEqualTo("IN_FORCE");
        api().forgetTokens();
    }

    @Test
    void aVersionDroppedInTheDirectoryIsPublishedOnce() throws IOException {
        String version = "it-dir-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode def = definition(version, "2101-01-01");
        Path dir = Path.of(ruleSetDirectory);
        Files.createDirectories(dir);
        Path file = dir.resolve(version + ".json");
        Path broken = dir.resolve(version + "-broken.json");
        try {
            Files.writeString(file, def.toString(), StandardCharsets.UTF_8);
            Files.writeString(broken, "{\"version\": \"" + version + "-b\", \"effectiveFrom\": \"2000-01-01\"}", StandardCharsets.UTF_8);
            publishing.scanDirectory();
            publishing.scanDirectory();
            JsonNode stored = expect(api().get("/api/v1/rule-sets/" + version, api().token("cac-officer")), 200).json();
            assertThat(stored.path("source").asString()).isEqualTo("DIRECTORY");
            assertThat(stored.path("effectiveFrom").asString()).isEqualTo("2101-01-01");
            assertThat(jdbc.sql("select count(*) from rule_set_version where version = ?").param(version)
                    .query(Long.class).single()).isEqualTo(1L);
            expect(api().get("/api/v1/rule-sets/" + version + "-b", api().token("cac-officer")), 404);
            assertThat(events.stream(RuleSetPublished.class).filter(e -> e.version().equals(version)))
                    .singleElement().satisfies(e -> {
                        assertThat(e.effectiveFrom()).isEqualTo(LocalDate.parse("2101-01-01"));
                        assertThat(e.actor().username()).isEqualTo("file:" + version + ".json");
                        assertThat(e.action()).isEqualTo("RULE_SET_PUBLISHED");
                        assertThat(e.entityId()).isEqualTo(version);
                    });
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(broken);
        }
    }

    @Test
    void twoPublicationsOfOneVersionAtOnceStoreItOnce() throws Exception {
        String city = api().token("city-reviewer");
        String body = definition("it-race-" + UUID.randomUUID().toString().substring(0, 8), "2100-03-01").toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.<Callable<Integer>>of(
                    () -> api().post("/api/v1/rule-sets", city, body).status(),
                    () -> api().post("/api/v1/rule-sets", city, body).status()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aVersionAnotherInstanceStoredIsSeenWithinTheCacheTtl() {
        String version = "it-other-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode def = definition(version, "2100-04-01");
        // another instance's insert: straight into the shared table, bypassing this instance's catalog
        jdbc.sql("""
                insert into rule_set_version (version, effective_from, title, definition, source, published_by, published_at)
                values (?, ?, ?, ?::jsonb, 'API', 'city-reviewer', now())""")
                .params(version, LocalDate.parse("2100-04-01"), "另一实例发布", def.toString()).update();
        String token = api().token("city-reviewer");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> api().get("/api/v1/rule-sets/" + version, token).status() == 200);
        assertThat(api().get("/api/v1/rule-sets/" + version, token).json().path("status").asString()).isEqualTo("SCHEDULED");
    }

    /** 2022.3 (in force) as the API shows it, turned back into a definition under a new name and date. */
    private ObjectNode definition(String version, String effectiveFrom) {
        JsonNode current = expect(api().get("/api/v1/rule-sets/2022.3", api().token("city-reviewer")), 200).json();
        ObjectNode def = (ObjectNode) Api.parse("{}");
        def.put("version", version);
        def.put("effectiveFrom", effectiveFrom);
        def.put("title", current.path("title").asString());
        def.set("parameters", current.path("parameters").deepCopy());
        ArrayNode rules = def.putArray("rules");
        current.path("rules").forEach(r -> {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.path("key").asString());
            rule.put("clause", r.path("clause").asString());
            rule.put("severity", r.path("severity").asString());
            rule.put("message", r.path("message").asString());
            rule.put("inForce", r.path("inForce").asBoolean());
            if (!r.path("licence").isNull() && !r.path("licence").isMissingNode()) {
                rule.put("licence", r.path("licence").asString());
            }
        });
        return def;
    }

    private static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private static String photoMessage(JsonNode precheck) {
        return precheck.path("findings").valueStream().filter(f -> f.path("ruleId").asString().equals("PHOTO_SEARCH"))
                .map(f -> f.path("message").asString()).findFirst().orElseThrow();
    }
}
