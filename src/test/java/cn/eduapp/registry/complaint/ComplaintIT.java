package cn.eduapp.registry.complaint;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.complaint.internal.web.PageIntakeLimiter;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.system.security.RateLimitFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ComplaintIT extends IntegrationTest {

    private static final Map<String, String> STAFF = Map.of("EDUCATION_COMMISSION", "city-reviewer", "CA", "ca-officer",
            "CAC", "cac-officer");

    @Autowired
    RateLimitFilter rateLimit;

    @Autowired
    PageIntakeLimiter pageLimit;

    private ComplaintFixtures complaints;

    @BeforeEach
    void setUp() {
        rateLimit.reset();
        pageLimit.reset();
        complaints = new ComplaintFixtures(api());
    }

    private static String randomPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void everyCategoryLandsAtItsAgencyAndNoOtherAgencySeesIt() {
        Map<String, String> expected = new HashMap<>();
        for (ComplaintCategory c : ComplaintCategory.values()) {
            expected.put(c.name(), switch (c) {
                case ICP_FILING -> "CA";
                case APP_STORE_LISTING -> "CAC";
                default -> "EDUCATION_COMMISSION";
            });
        }
        int posted = 0;
        for (var e : expected.entrySet()) {
            if (++posted % 8 == 0) {
                rateLimit.reset();
            }
            ComplaintFixtures.Filed f = complaints.file(e.getKey());
            String owner = STAFF.get(e.getValue());
            String id = complaints.idInQueue(owner, f.trackingNumber());
            assertThat(id).as(e.getKey() + " in the queue of " + owner).isNotNull();
            JsonNode detail = expect(api().get("/api/v1/complaints/" + id, api().token(owner)), 200).json();
            assertThat(detail.path("agency").asString()).isEqualTo(e.getValue());
            assertThat(detail.path("category").asString()).isEqualTo(e.getKey());
            for (var other : STAFF.entrySet()) {
                if (other.getKey().equals(e.getValue())) {
                    continue;
                }
                assertThat(complaints.idInQueue(other.getValue(), f.trackingNumber()))
                        .as(e.getKey() + " must not be in the queue of " + other.getValue()).isNull();
                expect(api().get("/api/v1/complaints/" + id, api().token(other.getValue())), 404);
            }
        }
        // the national step handles no complaints: an empty queue, and no detail
        String anyId = complaints.idInQueue("city-reviewer", complaints.file("OTHER").trackingNumber());
        assertThat(expect(api().get("/api/v1/complaints", api().token("moe-reviewer")), 200).json().path("total").asLong())
                .isZero();
        expect(api().get("/api/v1/complaints/" + anyId, api().token("moe-reviewer")), 404);
    }

    @Test
    void providersInstitutionsAndAnonymousCallersCannotReadComplaints() {
        String id = complaints.idInQueue("city-reviewer", complaints.file("ADVERTISING").trackingNumber());
        Fixtures.Provider p = fixtures().beijingCompany();
        expect(api().get("/api/v1/complaints", p.token()), 403);
        expect(api().get("/api/v1/complaints/" + id, p.token()), 403);
        expect(api().post("/api/v1/complaints/" + id + "/resolve", p.token(),
                Api.json(Map.of("outcome", "UNSUBSTANTIATED", "feedback", "x"))), 403);
        expect(api().get("/api/v1/complaints/figures", p.token()), 403);
        expect(api().get("/api/v1/complaints/" + id, api().token("school-haidian-1")), 403);
        expect(api().get("/api/v1/complaints", api().token("appstore-demo")), 403);
        expect(api().get("/api/v1/complaints/" + id, null), 401);
    }

    @Test
    void anyoneCanComplainWithoutAnAccountAndBadInputNamesTheField() {
        Map<String, Object> body = ComplaintFixtures.body("PHOTO_SEARCH", ComplaintFixtures.uniqueApp());
        body.put("identifier", "com.example.photo");
        body.put("contact", Map.of("name", "王五", "phone", "13800001111", "email", "w@example.cn"));
        Api.Response r = expect(api().post("/api/v1/public/complaints", null, Api.json(body)), 201);
        assertThat(r.text("trackingNumber")).matches("^TS\\d{8}-[0-9A-Z]{6}$");
        assertThat(r.text("accessCode")).hasSize(12);
        assertThat(jdbc.sql("select access_code_hash from complaint where tracking_number = ?").param(r.text("trackingNumber"))
                .query(String.class).single()).doesNotContain(r.text("accessCode")).hasSize(64);

        Map<String, Object> noDescription = ComplaintFixtures.body("FEES", "某应用");
        noDescription.remove("description");
        Api.Response missing = expect(api().post("/api/v1/public/complaints", null, Api.json(noDescription)), 400);
        assertThat(fields(missing)).contains("description");

        Api.Response unknown = expect(api().post("/api/v1/public/complaints", null,
                Api.json(ComplaintFixtures.body("NO_SUCH_CATEGORY", "某应用"))), 400);
        assertThat(fields(unknown)).contains("category");

        Map<String, Object> badPhone = ComplaintFixtures.body("FEES", "某应用");
        badPhone.put("contact", Map.of("phone", "call me"));
        assertThat(fields(expect(api().post("/api/v1/public/complaints", null, Api.json(badPhone)), 400)))
                .contains("contact.phone");
        assertThat(expect(api().post("/api/v1/public/complaints", null, "{not json"), 400).body())
                .doesNotContain("Exception").doesNotContain("jackson");
    }

    @Test
    void theComplainantSeesFeedbackAfterResolutionAndNothingPrivateBeforeOrAfter() {
        String phone = randomPhone();
        Map<String, Object> body = ComplaintFixtures.body("ADVERTISING", ComplaintFixtures.uniqueApp());
        body.put("contact", Map.of("name", "赵六", "phone", phone, "email", "zhao6@example.cn"));
        ComplaintFixtures.Filed f = complaints.file(body);
        String publicPath = "/api/v1/public/complaints/" + f.trackingNumber() + "?accessCode=" + f.accessCode();

        JsonNode before = expect(api().get(publicPath, null), 200).json();
        assertThat(before.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(before.path("category").asString()).isEqualTo("ADVERTISING");
        assertThat(before.path("dueAt").asString()).isNotBlank();
        assertThat(before.path("feedback").isNull() || before.path("feedback").isMissingNode()).isTrue();

        String id = complaints.idInQueue("city-reviewer", f.trackingNumber());
        expect(api().post("/api/v1/complaints/" + id + "/reassign", api().token("city-reviewer"),
                Api.json(Map.of("agency", "CA", "reason", "内部转办理由甲乙丙"))), 200);
        assertThat(complaints.idInQueue("city-reviewer", f.trackingNumber())).isNull();
        expect(api().get("/api/v1/complaints/" + id, api().token("city-reviewer")), 404);
        JsonNode resolved = expect(api().post("/api/v1/complaints/" + id + "/resolve", api().token("ca-officer"),
                Api.json(Map.of("outcome", "SUBSTANTIATED", "feedback", "经查属实，已责令整改。",
                        "internalNote", "内部备注丁戊己"))), 200).json();
        assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
        List<String> history = new ArrayList<>();
        resolved.path("history").forEach(h -> history.add(h.path("action").asString()));
        assertThat(history).containsExactly("RECEIVED", "REASSIGNED", "RESOLVED");

        Api.Response after = expect(api().get(publicPath, null), 200);
        assertThat(after.text("status")).isEqualTo("RESOLVED");
        assertThat(after.text("outcome")).isEqualTo("SUBSTANTIATED");
        assertThat(after.text("feedback")).isEqualTo("经查属实，已责令整改。");

        for (Api.Response r : List.of(expect(api().get(publicPath, null), 200), after)) {
            assertThat(fieldNames(r.json())).doesNotContain("contact", "phone", "email", "name", "internalNote",
                    "note", "history", "resolvedBy", "description", "id");
            assertThat(r.body()).doesNotContain(phone, "赵六", "zhao6@example.cn", "内部备注丁戊己", "内部转办理由甲乙丙",
                    "ca-officer", "city-reviewer");
        }
        assertThat(fieldNames(before)).doesNotContain("contact", "phone", "email", "name", "internalNote");
        // resolving twice is a state conflict
        expect(api().post("/api/v1/complaints/" + id + "/resolve", api().token("ca-officer"),
                Api.json(Map.of("outcome", "UNSUBSTANTIATED", "feedback", "再次"))), 409);
    }

    @Test
    void aWrongAccessCodeIsNotFoundAndRepeatedWrongCodesAreSlowedDown() {
        ComplaintFixtures.Filed f = complaints.file("FEES");
        String base = "/api/v1/public/complaints/" + f.trackingNumber() + "?accessCode=";
        Api.Response unknown = expect(api().get("/api/v1/public/complaints/TS20200101-ZZZZZZ?accessCode=" + f.accessCode(), null), 404);
        Api.Response wrong = expect(api().get(base + "WRONGCODE234", null), 404);
        assertThat(wrong.text("detail")).isEqualTo(unknown.text("detail"));
        for (int i = 0; i < 3; i++) {
            expect(api().get(base + "WRONGCODE23" + (i + 5), null), 404);
        }
        expect(api().get(base, null), 404); // the fifth wrong attempt: no code at all
        Api.Response slowed = expect(api().get(base + "WRONGCODE999", null), 429);
        assertThat(Long.parseLong(slowed.header("Retry-After"))).isBetween(1L, 15 * 60L);
        // while slowed down, even the right code waits: nothing to learn from the answer
        expect(api().get(base + f.accessCode(), null), 429);
        clock.advance(Duration.ofMinutes(16));
        assertThat(expect(api().get(base + f.accessCode(), null), 200).text("status")).isEqualTo("RECEIVED");
    }

    @Test
    void aBurstOfComplaintsFromOneAddressIsRateLimited() {
        for (int i = 0; i < 10; i++) {
            complaints.file("OTHER");
        }
        Api.Response limited = expect(api().post("/api/v1/public/complaints", null,
                Api.json(ComplaintFixtures.body("OTHER", "某应用"))), 429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        rateLimit.reset();
    }

    @Test
    void evidenceOfTheWrongTypeOrSizeOrNumberIsRefusedAndGoodEvidenceIsKept() {
        Map<String, String> fields = Map.of("category", "HARMFUL_CONTENT", "appName", ComplaintFixtures.uniqueApp(),
                "description", "截图见附件");
        Api.Response exe = expect(complaints.multipart(fields,
                List.of(new ComplaintFixtures.Part("evidence", "screenshot.png", ComplaintFixtures.EXE))), 400);
        assertThat(exe.json().path("errors").get(0).path("field").asString()).isEqualTo("evidence");
        assertThat(exe.json().path("errors").get(0).path("code").asString()).isEqualTo("EVIDENCE_TYPE");
        assertThat(exe.json().path("errors").get(0).path("message").asString()).contains("screenshot.png");

        byte[] big = Arrays.copyOf(ComplaintFixtures.PNG, 5 * 1024 * 1024 + 1);
        Api.Response tooBig = expect(complaints.multipart(fields,
                List.of(new ComplaintFixtures.Part("evidence", "big.png", big))), 413);
        assertThat(tooBig.json().path("errors").get(0).path("code").asString()).isEqualTo("EVIDENCE_TOO_LARGE");

        ComplaintFixtures.Part png = new ComplaintFixtures.Part("evidence", "a.png", ComplaintFixtures.PNG);
        Api.Response tooMany = expect(complaints.multipart(fields, List.of(png, png, png, png)), 400);
        assertThat(tooMany.json().path("errors").get(0).path("code").asString()).isEqualTo("EVIDENCE_TOO_MANY");
        assertThat(jdbc.sql("select count(*) from complaint where app_name = ?").param(fields.get("appName"))
                .query(Long.class).single()).as("nothing stored of a refused complaint").isZero();

        Api.Response ok = expect(complaints.multipart(fields, List.of(png,
                new ComplaintFixtures.Part("evidence", "report.pdf", ComplaintFixtures.PDF))), 201);
        String id = complaints.idInQueue("city-reviewer", ok.text("trackingNumber"));
        JsonNode evidence = expect(api().get("/api/v1/complaints/" + id, api().token("city-reviewer")), 200).json().path("evidence");
        assertThat(evidence.size()).isEqualTo(2);
        assertThat(evidence.get(0).path("contentType").asString()).isEqualTo("image/png");
        assertThat(evidence.get(1).path("contentType").asString()).isEqualTo("application/pdf");
    }

    @Test
    void contactDetailsAreNotReadableInTheDatabase() {
        String phone = randomPhone();
        String email = "c" + UUID.randomUUID().toString().substring(0, 6) + "@example.cn";
        Map<String, Object> body = ComplaintFixtures.body("PERSONAL_INFORMATION", ComplaintFixtures.uniqueApp());
        body.put("contact", Map.of("name", "钱七", "phone", phone, "email", email));
        ComplaintFixtures.Filed f = complaints.file(body);

        List<Map<String, Object>> rows = jdbc.sql("select * from complaint where tracking_number = ?")
                .param(f.trackingNumber()).query().listOfRows();
        assertThat(rows).hasSize(1);
        for (var column : rows.get(0).entrySet()) {
            String value = String.valueOf(column.getValue());
            assertThat(value).as(column.getKey()).doesNotContain(phone).doesNotContain(email).doesNotContain("钱七");
        }
        // with the id of the key it was written under (issue 16): the tests run with the demo key
        assertThat(String.valueOf(rows.get(0).get("contact_phone_enc"))).startsWith("v2:demo:");
        // and nowhere else in the module's tables either
        String everything = jdbc.sql("""
                select coalesce(string_agg(h::text, '|'), '') from complaint_history h
                 where complaint_id = (select id from complaint where tracking_number = ?)""")
                .param(f.trackingNumber()).query(String.class).single();
        assertThat(everything).doesNotContain(phone);
        // the handling agency reads them decrypted
        String id = complaints.idInQueue("city-reviewer", f.trackingNumber());
        JsonNode contact = expect(api().get("/api/v1/complaints/" + id, api().token("city-reviewer")), 200).json().path("contact");
        assertThat(contact.path("phone").asString()).isEqualTo(phone);
        assertThat(contact.path("email").asString()).isEqualTo(email);
        // never in a list
        assertThat(expect(api().get("/api/v1/complaints?size=200", api().token("city-reviewer")), 200).body())
                .doesNotContain(phone).doesNotContain(email);
    }

    @Test
    void everyViewOfContactDetailsIsRecorded() {
        Map<String, Object> body = ComplaintFixtures.body("UNLICENSED_SUBJECT_TRAINING", ComplaintFixtures.uniqueApp());
        body.put("contact", Map.of("phone", randomPhone()));
        String id = complaints.idInQueue("city-reviewer", complaints.file(body).trackingNumber());
        String withoutContact = complaints.idInQueue("city-reviewer", complaints.file("GAME_LINKS").trackingNumber());

        expect(api().get("/api/v1/complaints/" + id, api().token("city-reviewer")), 200);
        expect(api().get("/api/v1/complaints/" + id, api().token("city-reviewer")), 200);
        expect(api().get("/api/v1/complaints/" + id, api().token("ca-officer")), 404);
        expect(api().get("/api/v1/complaints/" + withoutContact, api().token("city-reviewer")), 200);

        List<Map<String, Object>> views = jdbc.sql("""
                select viewer, channel from complaint_contact_view where complaint_id = ?::uuid order by id""")
                .param(id).query().listOfRows();
        assertThat(views).hasSize(2);
        assertThat(views).allSatisfy(v -> {
            assertThat(v.get("viewer")).isEqualTo("city-reviewer");
            assertThat(v.get("channel")).isEqualTo("API");
        });
        assertThat(jdbc.sql("select count(*) from complaint_contact_view where complaint_id = ?::uuid")
                .param(withoutContact).query(Long.class).single()).isZero();
    }

    @Test
    void aComplaintAboutARegisteredAppIsMatchedAndAnUnknownAppIsFlaggedUnfiled() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        Map<String, Object> filed = ComplaintFixtures.body("ADVERTISING", "随便写的名字");
        filed.put("identifier", number);
        String filedId = complaints.idInQueue("city-reviewer", complaints.file(filed).trackingNumber());
        JsonNode a = expect(api().get("/api/v1/complaints/" + filedId, api().token("city-reviewer")), 200).json();
        assertThat(a.path("unfiledApp").asBoolean()).isFalse();
        assertThat(a.path("filingNumber").asString()).isEqualTo(number);

        // without a number: matched by the app's exact name, and only by the exact name
        String name = api().get("/api/v1/filings/" + filingId, p.token()).json().path("app").path("name").asString();
        String byNameId = complaints.idInQueue("city-reviewer",
                complaints.file(ComplaintFixtures.body("ADVERTISING", name)).trackingNumber());
        JsonNode byName = expect(api().get("/api/v1/complaints/" + byNameId, api().token("city-reviewer")), 200).json();
        assertThat(byName.path("filingNumber").asString()).isEqualTo(number);
        assertThat(byName.path("unfiledApp").asBoolean()).isFalse();
        String partId = complaints.idInQueue("city-reviewer",
                complaints.file(ComplaintFixtures.body("ADVERTISING", name + "加强版")).trackingNumber());
        assertThat(expect(api().get("/api/v1/complaints/" + partId, api().token("city-reviewer")), 200).json()
                .path("unfiledApp").asBoolean()).isTrue();

        String unfiledId = complaints.idInQueue("city-reviewer", complaints.file("UNFILED_APP").trackingNumber());
        JsonNode b = expect(api().get("/api/v1/complaints/" + unfiledId, api().token("city-reviewer")), 200).json();
        assertThat(b.path("unfiledApp").asBoolean()).isTrue();
        assertThat(b.path("filingNumber").isNull() || b.path("filingNumber").isMissingNode()).isTrue();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theQueueFiltersByCategoryStatusAndDueDate() {
        ComplaintFixtures.Filed f = complaints.file("FEES");
        String city = api().token("city-reviewer");
        String id = complaints.idInQueue("city-reviewer", f.trackingNumber());
        assertThat(ids("/api/v1/complaints?category=FEES&status=RECEIVED&size=200", city)).contains(id);
        assertThat(ids("/api/v1/complaints?category=OTHER&size=200", city)).doesNotContain(id);
        assertThat(ids("/api/v1/complaints?overdue=true&size=200", city)).doesNotContain(id);
        // search: the tracking number exactly (any case), or part of the app's name; % and _ are literal
        String appName = expect(api().get("/api/v1/complaints/" + id, city), 200).json().path("appName").asString();
        assertThat(ids("/api/v1/complaints?size=200&q=" + f.trackingNumber().toLowerCase(), city)).containsExactly(id);
        assertThat(ids("/api/v1/complaints?size=200&q=" + encode(appName.substring(2)), city)).contains(id);
        assertThat(ids("/api/v1/complaints?size=200&q=" + encode(appName + "%"), city)).isEmpty();
        assertThat(ids("/api/v1/complaints?size=200&q=" + encode("不存在的应用名称"), city)).doesNotContain(id);
        expect(api().get("/api/v1/complaints?q=" + "x".repeat(101), city), 400);
        expect(api().get("/api/v1/complaints?dueWithinDays=-1", city), 400);
        expect(api().get("/api/v1/complaints?size=201", city), 400);
        expect(api().get("/api/v1/complaints?status=NOPE", city), 400);

        clock.advance(Duration.ofDays(25)); // 15 working days are at most 21 calendar days (without holidays)
        api().forgetTokens(); // staff tokens end after 15 idle minutes
        city = api().token("city-reviewer");
        assertThat(ids("/api/v1/complaints?overdue=true&size=200", city)).contains(id);
        assertThat(ids("/api/v1/complaints?dueWithinDays=3&size=200", city)).doesNotContain(id);
        clock.reset();
        clock.advance(Duration.ofDays(19));
        api().forgetTokens();
        city = api().token("city-reviewer");
        assertThat(ids("/api/v1/complaints?dueWithinDays=5&size=200", city)).contains(id);
        JsonNode item = find(city, id);
        assertThat(item.path("agency").asString()).isEqualTo("EDUCATION_COMMISSION");
        assertThat(Set.of("id", "trackingNumber", "category", "appName", "status", "agency", "receivedAt", "dueAt"))
                .allSatisfy(k -> assertThat(item.has(k)).as(k).isTrue());
    }

    @Test
    void reassignmentNeedsAReasonAndAnotherAgency() {
        String tracking = complaints.file("ICP_FILING").trackingNumber();
        String id = complaints.idInQueue("ca-officer", tracking);
        String ca = api().token("ca-officer");
        assertThat(fields(expect(api().post("/api/v1/complaints/" + id + "/reassign", ca,
                Api.json(Map.of("agency", "CAC"))), 400))).contains("reason");
        assertThat(fields(expect(api().post("/api/v1/complaints/" + id + "/reassign", ca,
                Api.json(Map.of("agency", "CA", "reason", "同一部门"))), 400))).contains("agency");
        expect(api().post("/api/v1/complaints/" + id + "/reassign", api().token("cac-officer"),
                Api.json(Map.of("agency", "CAC", "reason", "越权"))), 404);
        expect(api().post("/api/v1/complaints/" + id + "/reassign", ca,
                Api.json(Map.of("agency", "CAC", "reason", "属于应用商店上架问题"))), 200);
        assertThat(complaints.idInQueue("cac-officer", tracking)).isEqualTo(id);
        assertThat(complaints.idInQueue("ca-officer", tracking)).isNull();
        JsonNode history = expect(api().get("/api/v1/complaints/" + id, api().token("cac-officer")), 200).json().path("history");
        assertThat(history.get(1).path("fromAgency").asString()).isEqualTo("CA");
        assertThat(history.get(1).path("toAgency").asString()).isEqualTo("CAC");
        assertThat(history.get(1).path("comment").asString()).isEqualTo("属于应用商店上架问题");
        expect(api().post("/api/v1/complaints/" + id + "/reassign", ca,
                Api.json(Map.of("agency", "EDUCATION_COMMISSION", "reason", "已不在本部门"))), 404);
    }

    @Test
    void theCityLinksASubstantiatedComplaintToARectificationOrder() {
        String id = complaints.idInQueue("city-reviewer", complaints.file("PHOTO_SEARCH").trackingNumber());
        String city = api().token("city-reviewer");
        String link = Api.json(Map.of("rectificationId", "rect-123"));
        expect(api().post("/api/v1/complaints/" + id + "/rectification-link", city, link), 422);
        expect(api().post("/api/v1/complaints/" + id + "/resolve", city,
                Api.json(Map.of("outcome", "SUBSTANTIATED", "feedback", "属实"))), 200);
        expect(api().post("/api/v1/complaints/" + id + "/rectification-link", api().token("ca-officer"), link), 403);
        assertThat(fields(expect(api().post("/api/v1/complaints/" + id + "/rectification-link", city, "{}"), 400)))
                .contains("rectificationId");
        assertThat(expect(api().post("/api/v1/complaints/" + id + "/rectification-link", city, link), 200)
                .text("rectificationId")).isEqualTo("rect-123");
        expect(api().post("/api/v1/complaints/" + id + "/rectification-link", city,
                Api.json(Map.of("rectificationId", "rect-456"))), 409);
    }

    @Test
    void theCitySeesFiguresByCategoryAgencyAndMonthWithTheShareHandledOnTime() {
        JsonNode before = expect(api().get("/api/v1/complaints/figures", api().token("city-reviewer")), 200).json();
        String onTime = complaints.idInQueue("city-reviewer", complaints.file("FEES").trackingNumber());
        String late = complaints.idInQueue("cac-officer", complaints.file("APP_STORE_LISTING").trackingNumber());
        expect(api().post("/api/v1/complaints/" + onTime + "/resolve", api().token("city-reviewer"),
                Api.json(Map.of("outcome", "UNSUBSTANTIATED", "feedback", "经查不属实"))), 200);
        clock.advance(Duration.ofDays(30));
        api().forgetTokens(); // staff tokens end after 15 idle minutes
        expect(api().post("/api/v1/complaints/" + late + "/resolve", api().token("cac-officer"),
                Api.json(Map.of("outcome", "REFERRED", "feedback", "已转有关部门"))), 200);
        JsonNode after = expect(api().get("/api/v1/complaints/figures", api().token("city-reviewer")), 200).json();
        assertThat(after.path("total").asLong() - before.path("total").asLong()).isEqualTo(2);
        assertThat(after.path("resolved").asLong() - before.path("resolved").asLong()).isEqualTo(2);
        assertThat(after.path("resolvedOnTime").asLong() - before.path("resolvedOnTime").asLong()).isEqualTo(1);
        assertThat(count(after.path("byCategory"), "category", "APP_STORE_LISTING")
                - count(before.path("byCategory"), "category", "APP_STORE_LISTING")).isEqualTo(1);
        assertThat(count(after.path("byAgency"), "agency", "CAC") - count(before.path("byAgency"), "agency", "CAC")).isEqualTo(1);
        assertThat(after.path("byMonth").get(0).path("month").asString()).matches("^\\d{4}-\\d{2}$");
        assertThat(after.path("onTimeShare").asDouble()).isBetween(0.0, 1.0);
        expect(api().get("/api/v1/complaints/figures", api().token("ca-officer")), 403);
    }

    // --- helpers ---

    private static long count(JsonNode rows, String key, String value) {
        for (JsonNode r : rows) {
            if (r.path(key).asString().equals(value)) {
                return r.path("count").asLong();
            }
        }
        return 0;
    }

    private JsonNode find(String token, String id) {
        for (JsonNode item : expect(api().get("/api/v1/complaints?size=200", token), 200).json().path("items")) {
            if (item.path("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("not in the queue: " + id);
    }

    private List<String> ids(String path, String token) {
        Api.Response r = api().get(path, token);
        List<String> ids = new ArrayList<>();
        if (r.status() != 200) {
            return ids;
        }
        r.json().path("items").forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    private static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
