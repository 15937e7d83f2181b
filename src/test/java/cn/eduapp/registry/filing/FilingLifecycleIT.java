package cn.eduapp.registry.filing;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FilingLifecycleIT extends IntegrationTest {

    @Test
    void aFilingGoesFromDraftToRegisteredWithANumberAndFullHistory() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, a -> { });
        Api.Response pre = expect(api().post("/api/v1/filings/" + id + "/precheck", p.token()), 200);
        assertThat(pre.json().path("blocking").asBoolean()).isFalse();
        assertThat(pre.text("scope")).isEqualTo("IN_SCOPE");
        assertThat(pre.text("category")).isEqualTo("NON_SUBJECT_TRAINING");

        assertThat(expect(api().post("/api/v1/filings/" + id + "/submit", p.token(), "{}"), 200).text("status"))
                .isEqualTo("CITY_REVIEW");
        assertThat(expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE", "comment", "同意"))), 200).text("status")).isEqualTo("MOE_REVIEW");
        Api.Response registered = expect(api().post("/api/v1/filings/" + id + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 200);
        assertThat(registered.text("status")).isEqualTo("REGISTERED");
        assertThat(registered.text("filingNumber")).matches("^教APP备11\\d{5}号$");

        JsonNode filing = expect(api().get("/api/v1/filings/" + id, p.token()), 200).json();
        assertThat(filing.path("provider").path("name").asString()).isEqualTo(p.name());
        assertThat(filing.path("category").asString()).isEqualTo("NON_SUBJECT_TRAINING");
        List<String> actions = new ArrayList<>();
        filing.path("history").forEach(h -> actions.add(h.path("action").asString() + ":" + h.path("toStatus").asString()));
        assertThat(actions).containsExactly("CREATED:DRAFT", "SUBMITTED:CITY_REVIEW", "CITY_APPROVED:MOE_REVIEW",
                "MOE_REGISTERED:REGISTERED");
        assertThat(filing.path("history").get(2).path("actor").asString()).isEqualTo("city-reviewer");
        assertThat(filing.path("history").get(2).path("comment").asString()).isEqualTo("同意");
        assertThat(filing.path("history").get(1).path("at").asString()).endsWith("Z");
    }

    @Test
    void aReturnedFilingCanBeEditedAndResubmitted() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().submitted(p);
        String city = api().token("city-reviewer");
        expect(api().post("/api/v1/filings/" + id + "/city-review", city, Api.json(Map.of("decision", "RETURN", "comment", "请补充简介"))), 200);
        Map<String, Object> app = Fixtures.compliantApp("改后的名称", Fixtures.uniqueAndroidId());
        assertThat(expect(api().put("/api/v1/filings/" + id, p.token(), Api.json(Map.of("app", app))), 200)
                .json().path("app").path("name").asString()).isEqualTo("改后的名称");
        expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 200);
        expect(api().post("/api/v1/filings/" + id + "/city-review", city, Api.json(Map.of("decision", "REJECT", "comment", "不符合"))), 200);
        assertThat(api().get("/api/v1/filings/" + id, p.token()).text("status")).isEqualTo("REJECTED");
    }

    @Test
    void returnAndRejectNeedAComment() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().submitted(p);
        Api.Response r = expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "RETURN"))), 400);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("comment");
        expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "REJECT", "comment", "  "))), 400);
        String approved = fixtures().approvedByCity(p);
        expect(api().post("/api/v1/filings/" + approved + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REJECT"))), 400);
    }

    @Test
    void illegalStepsAreConflicts() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String draft = fixtures().createFiling(p, a -> { });
        expect(api().post("/api/v1/filings/" + draft + "/city-review", api().token("city-reviewer"),
                Api.json(Map.of("decision", "APPROVE"))), 404); // a draft is the provider's alone
        String submitted = fixtures().submitted(p);
        expect(api().post("/api/v1/filings/" + submitted + "/submit", p.token()), 409);
        expect(api().put("/api/v1/filings/" + submitted, p.token(), Api.json(Map.of("app", Fixtures.compliantApp("x", "com.a.b")))), 409);
        expect(api().post("/api/v1/filings/" + submitted + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 409);
        Api.Response conflict = expect(api().post("/api/v1/filings/" + submitted + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER"))), 409);
        assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
        assertThat(conflict.text("detail")).contains("市教委审核中");
    }

    @Test
    void aProviderCancelsAFilingButNotOneUnderRectification() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().registered(p);
        assertThat(expect(api().post("/api/v1/filings/" + id + "/cancel", p.token()), 200).text("status")).isEqualTo("CANCELLED");
        expect(api().post("/api/v1/filings/" + id + "/cancel", p.token()), 409);
    }

    @Test
    void aBlockingFindingRefusesSubmissionWithEachRuleId() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().createFiling(p, a -> {
            a.put("features", Map.of("advertising", true, "gameLinks", true));
            a.remove("mlpsFilingNumber");
        });
        Api.Response r = expect(api().post("/api/v1/filings/" + id + "/submit", p.token()), 422);
        List<String> codes = new ArrayList<>();
        r.json().path("errors").forEach(e -> codes.add(e.path("code").asString()));
        assertThat(codes).containsExactlyInAnyOrder("ADVERTISING", "GAME_LINKS", "MLPS_FILING");
        JsonNode kept = api().get("/api/v1/filings/" + id, p.token()).json().path("precheck");
        assertThat(kept.path("blocking").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/filings/" + id, p.token()).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void visibilityAndRoles() {
        Fixtures.Provider owner = fixtures().beijingCompany();
        Fixtures.Provider other = fixtures().beijingCompany();
        String id = fixtures().submitted(owner);
        expect(api().get("/api/v1/filings/" + id, other.token()), 404);
        expect(api().put("/api/v1/filings/" + id, other.token(), "{bad json"), 404);
        expect(api().post("/api/v1/filings/" + id + "/city-review", owner.token(), Api.json(Map.of("decision", "APPROVE"))), 403);
        expect(api().post("/api/v1/filings/" + id + "/city-review", api().token("ca-officer"), Api.json(Map.of("decision", "APPROVE"))), 403);
        expect(api().get("/api/v1/filings/" + id, null), 401);
        expect(api().get("/api/v1/filings/" + id, "not-a-token"), 401);
        expect(api().get("/api/v1/filings", api().token("school-haidian-1")), 403);
        expect(api().get("/api/v1/filings", api().token("appstore-demo")), 403);
        expect(api().get("/api/v1/filings/" + id, api().token("city-reviewer")), 200);
        expect(api().get("/api/v1/filings/not-an-id", api().token("city-reviewer")), 404);

        JsonNode mine = expect(api().get("/api/v1/filings?size=200", other.token()), 200).json();
        assertThat(mine.path("total").asLong()).isZero();
        JsonNode ownerList = expect(api().get("/api/v1/filings?status=CITY_REVIEW", owner.token()), 200).json();
        assertThat(ownerList.path("items").get(0).path("id").asString()).isEqualTo(id);
        assertThat(ownerList.path("page").asInt()).isZero();
        assertThat(ownerList.path("size").asInt()).isEqualTo(20);
        expect(api().get("/api/v1/filings?size=201", owner.token()), 400);
        expect(api().get("/api/v1/filings?page=-1", owner.token()), 400);
        expect(api().get("/api/v1/filings?status=NONSENSE", owner.token()), 400);
    }

    @Test
    void malformedAndInvalidBodiesAreProblemDetailsNamingTheField() {
        Fixtures.Provider p = fixtures().beijingCompany();
        Api.Response malformed = expect(api().post("/api/v1/filings", p.token(), "{\"app\": {"), 400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.text("detail")).isNotBlank();
        assertThat(malformed.body()).doesNotContain("Exception", "at cn.", "tools.jackson");

        Api.Response badEnum = expect(api().post("/api/v1/filings", p.token(),
                Api.json(Map.of("app", Map.of("name", "x", "platforms", List.of(Map.of("type", "SYMBIAN", "identifier", "a.b")))))), 400);
        assertThat(badEnum.json().path("errors").get(0).path("field").asString()).isEqualTo("app.platforms[0].type");

        Api.Response badId = expect(api().post("/api/v1/filings", p.token(),
                Api.json(Map.of("app", Map.of("name", "x", "platforms", List.of(Map.of("type", "H5", "identifier", "ftp://x")))))), 400);
        assertThat(badId.json().path("errors").get(0).path("field").asString()).isEqualTo("app.platforms[0].identifier");

        Api.Response noPlatform = expect(api().post("/api/v1/filings", p.token(), Api.json(Map.of("app", Map.of("name", "x")))), 400);
        assertThat(noPlatform.json().path("errors").get(0).path("field").asString()).isEqualTo("app.platforms");
        Api.Response wrongType = expect(api().post("/api/v1/filings", p.token(),
                Api.json(Map.of("app", Map.of("name", "x", "offersSubjectTraining", "yes",
                        "platforms", List.of(Map.of("type", "ANDROID", "identifier", "a.b")))))), 400);
        assertThat(wrongType.json().path("errors").get(0).path("field").asString()).isEqualTo("app.offersSubjectTraining");
        // a draft needs only the name and a platform
        expect(api().post("/api/v1/filings", p.token(), Api.json(Map.of("app", Map.of("name", "最小草稿",
                "platforms", List.of(Map.of("type", "ANDROID", "identifier", "com.example.min")))))), 201);
    }

    @Test
    void twoReviewersDecidingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().submitted(p);
        String city = api().token("city-reviewer");
        String second = api().login("city-reviewer", Api.DEMO_PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Response> a = pool.submit(() -> api().post("/api/v1/filings/" + id + "/city-review", city,
                    Api.json(Map.of("decision", "APPROVE"))));
            Future<Api.Response> b = pool.submit(() -> api().post("/api/v1/filings/" + id + "/city-review", second,
                    Api.json(Map.of("decision", "REJECT", "comment", "不符合"))));
            List<Integer> statuses = List.of(a.get().status(), b.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        JsonNode filing = api().get("/api/v1/filings/" + id, p.token()).json();
        assertThat(filing.path("history")).hasSize(3); // created, submitted, one decision: nothing half-written
    }

    @Test
    void filingNumbersAreUniqueAndGapFreeUnderConcurrentRegistrations() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(fixtures().approvedByCity(p));
        }
        String moe = api().token("moe-reviewer");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> results = new ArrayList<>();
        try {
            for (String id : ids) {
                Callable<Api.Response> call = () -> api().post("/api/v1/filings/" + id + "/moe-review", moe,
                        Api.json(Map.of("decision", "REGISTER")));
                results.add(pool.submit(call));
            }
            List<Integer> sequences = new ArrayList<>();
            for (Future<Api.Response> f : results) {
                Api.Response r = expect(f.get(), 200);
                sequences.add(Integer.parseInt(r.text("filingNumber").substring(7, 12)));
            }
            assertThat(sequences).doesNotHaveDuplicates();
            int min = sequences.stream().min(Integer::compare).orElseThrow();
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(min, min + 8).boxed().toList());
        } finally {
            pool.shutdown();
        }
    }
}
