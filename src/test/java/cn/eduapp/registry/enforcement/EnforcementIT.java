package cn.eduapp.registry.enforcement;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.identity.IdentityManagement;
import cn.eduapp.registry.provider.ProviderBanLifted;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

@RecordApplicationEvents
class EnforcementIT extends IntegrationTest {

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    EnforcementSweep enforcement;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ApplicationEvents events;

    private EnforcementFixtures orders() {
        return new EnforcementFixtures(api());
    }

    private Fixtures.Provider relogin(Fixtures.Provider p) {
        return new Fixtures.Provider(p.id(), p.name(), p.creditCode(), p.username(), api().login(p.username(), Fixtures.PASSWORD));
    }

    private Api.Response submitNewFiling(Fixtures.Provider p) {
        String draft = fixtures().createFiling(p, a -> { });
        return api().post("/api/v1/filings/" + draft + "/submit", p.token());
    }

    private LocalDate bannedUntil(Fixtures.Provider p) {
        String text = api().get("/api/v1/providers/" + p.id(), api().token("city-reviewer")).text("bannedUntil");
        return text == null || text.isEmpty() || text.equals("null") ? null : LocalDate.parse(text);
    }

    private boolean inbox(String token, String filingNumber) {
        JsonNode items = expect(api().get("/api/v1/distribution/notices?size=200", token), 200).json().path("items");
        for (JsonNode n : items) {
            if (n.path("filingNumber").asString().equals(filingNumber)) {
                return true;
            }
        }
        return false;
    }

    /** Issue 20: overdue is a finding; revocation and the six-month bar come from a person's decision afterwards. */
    @Test
    void anOverdueOrderOpensACaseAndARevocationDecisionBansTheProviderForSixMonths() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        String orderId = orders().order(filingId, clock.instant().plus(Duration.ofHours(1)));
        assertThat(orders().filingStatus(filingId)).isEqualTo("UNDER_RECTIFICATION");

        enforcement.sweep();
        assertThat(orders().orderStatus(orderId)).as("not due yet").isEqualTo("OPEN");

        clock.advance(Duration.ofHours(2));
        api().forgetTokens();
        double overdue = meters.counter("registry.sweep.overdue").count();
        enforcement.sweep();
        assertThat(meters.counter("registry.sweep.overdue").count()).isGreaterThanOrEqualTo(overdue + 1);

        JsonNode order = expect(api().get("/api/v1/rectifications/" + orderId, api().token("city-reviewer")), 200).json();
        assertThat(order.path("status").asString()).isEqualTo("OVERDUE");
        List<String> actions = new ArrayList<>();
        order.path("history").forEach(h -> actions.add(h.path("action").asString() + ":" + h.path("toStatus").asString()));
        assertThat(actions).containsExactly("ORDERED:OPEN", "OVERDUE:OVERDUE");
        assertThat(orders().filingStatus(filingId)).as("nothing is revoked without a decision").isEqualTo("UNDER_RECTIFICATION");
        assertThat(bannedUntil(p)).isNull();
        assertThat(inbox(api().token("appstore-demo"), number)).isFalse();

        // the statement period (five working days) passes without a statement; a reviewer decides
        clock.advance(Duration.ofDays(20));
        api().forgetTokens();
        String caseId = order.path("caseIds").get(0).asString();
        expect(api().post("/api/v1/enforcement-cases/" + caseId + "/statement", relogin(p).token(),
                Api.json(Map.of("text", "迟到的陈述"))), 409);
        expect(api().post("/api/v1/enforcement-cases/" + caseId + "/decision", api().token("city-reviewer"),
                Api.json(Map.of("outcome", "REVOKE", "reasons", "逾期未整改，且未陈述申辩"))), 200);
        LocalDate listed = Beijing.today(clock);
        assertThat(orders().filingStatus(filingId)).isEqualTo("REVOKED");
        assertThat(bannedUntil(p)).isEqualTo(listed.plusMonths(6));

        p = relogin(p);
        Api.Response refused = expect(submitNewFiling(p), 422);
        assertThat(refused.json().path("errors").findValuesAsString("code")).contains("PROVIDER_BANNED");

        // the day before the six months end the ban still holds
        clock.setInstant(listed.plusMonths(6).minusDays(1).atTime(LocalTime.NOON).atZone(Beijing.ZONE).toInstant());
        p = relogin(p);
        enforcement.sweep();
        String id = p.id();
        assertThat(events.stream(ProviderBanLifted.class).anyMatch(e -> e.providerId().value().equals(id))).isFalse();
        expect(submitNewFiling(p), 422);

        // on the ban's last date (banUntil) it has ended: the sweep announces it once, the listing ends, submissions pass
        clock.setInstant(listed.plusMonths(6).atTime(LocalTime.of(1, 0)).atZone(Beijing.ZONE).toInstant());
        p = relogin(p);
        enforcement.sweep();
        enforcement.sweep();
        assertThat(events.stream(ProviderBanLifted.class).filter(e -> e.providerId().value().equals(id)).count()).isEqualTo(1);
        assertThat(events.stream(BlacklistingEnded.class).filter(e -> e.filingId().value().equals(filingId)).map(BlacklistingEnded::kind))
                .containsExactly("EXPIRED");
        assertThat(expect(submitNewFiling(p), 200).text("status")).isEqualTo("CITY_REVIEW");
    }

    @Test
    void anAcceptedAnswerRestoresTheRegisteredFiling() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String orderId = orders().order(filingId, clock.instant().plus(Duration.ofDays(7)));
        assertThat(expect(orders().answer(orderId, p), 200).text("status")).isEqualTo("RESPONDED");
        expect(orders().answer(orderId, p), 409);
        assertThat(expect(orders().decide(orderId, true, "整改到位"), 200).text("status")).isEqualTo("CLOSED");
        assertThat(orders().filingStatus(filingId)).isEqualTo("REGISTERED");
        JsonNode history = api().get("/api/v1/rectifications/" + orderId, p.token()).json().path("history");
        assertThat(history.findValuesAsString("action")).containsExactly("ORDERED", "RESPONDED", "ACCEPTED");
        // the filing may be ordered again once the order is closed
        orders().order(filingId, clock.instant().plus(Duration.ofDays(7)));
    }

    @Test
    void aRejectedAnswerReopensTheOrderWithANewDeadlineOnceTheOldOneHasPassed() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String orderId = orders().order(filingId, clock.instant().plus(Duration.ofHours(1)));
        expect(orders().answer(orderId, p), 200);
        expect(orders().decide(orderId, false, " "), 400);

        clock.advance(Duration.ofHours(2));
        api().forgetTokens();
        enforcement.sweep();
        assertThat(orders().orderStatus(orderId)).as("an answered order waits for the city").isEqualTo("RESPONDED");
        assertThat(orders().filingStatus(filingId)).isEqualTo("UNDER_RECTIFICATION");

        Api.Response noDeadline = expect(orders().decide(orderId, false, "仍有问题"), 400);
        assertThat(noDeadline.json().path("errors").get(0).path("field").asString()).isEqualTo("deadline");
        String newDeadline = clock.instant().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        Api.Response reopened = expect(api().post("/api/v1/rectifications/" + orderId + "/decision", api().token("city-reviewer"),
                Api.json(Map.of("accepted", false, "comment", "仍有问题", "deadline", newDeadline))), 200);
        assertThat(reopened.text("status")).isEqualTo("OPEN");
        assertThat(Instant.parse(reopened.text("deadline"))).isEqualTo(Instant.parse(newDeadline));
        expect(orders().decide(orderId, true, "再决定"), 409);
    }

    /** Issue 20: the provider cannot declare its own refusal; the city finds it, and that opens a case only. */
    @Test
    void aRefusalIsFoundByTheCityAndOpensACaseWithoutTouchingAnyFilingYet() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String other = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        String otherNumber = fixtures().filingNumber(other, p);
        String orderId = orders().order(filingId, Beijing.today(clock).plusDays(10).toString());

        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal", p.token()), 404);
        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal-finding", api().token("city-reviewer"), "{}"), 400);
        assertThat(expect(api().post("/api/v1/rectifications/" + orderId + "/refusal-finding", api().token("city-reviewer"),
                Api.json(Map.of("evidence", "2026年约谈笔录：明确拒绝整改"))), 200).text("status")).isEqualTo("REFUSED");
        assertThat(orders().filingStatus(filingId)).isEqualTo("UNDER_RECTIFICATION");
        assertThat(orders().filingStatus(other)).isEqualTo("REGISTERED");
        assertThat(bannedUntil(p)).isNull();
        String store = api().token("appstore-demo");
        assertThat(inbox(store, number)).isFalse();
        assertThat(inbox(store, otherNumber)).isFalse();
        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal-finding", api().token("city-reviewer"),
                Api.json(Map.of("evidence", "再次认定"))), 409);
        assertThat(jdbc.sql("select ground from enforcement_case where order_id = ?::uuid").param(orderId)
                .query(String.class).list()).containsExactly("REFUSAL");
        assertThat(jdbc.sql("select count(*) from rectification_history where order_id = ?::uuid and action = 'REFUSAL_FOUND'")
                .param(orderId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDateDeadlineMeansTheEndOfThatBeijingDayAndMustBeInTheFuture() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String city = api().token("city-reviewer");
        LocalDate day = Beijing.today(clock).plusDays(5);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("filingId", filingId, "reason", "违规收集个人信息",
                "clause", "京教信〔2022〕5号 三", "deadline", Beijing.today(clock).minusDays(1).toString()));
        Api.Response past = expect(api().post("/api/v1/rectifications", city, Api.json(body)), 400);
        assertThat(past.json().path("errors").get(0).path("field").asString()).isEqualTo("deadline");
        body.put("deadline", clock.instant().minusSeconds(60).toString());
        expect(api().post("/api/v1/rectifications", city, Api.json(body)), 400);
        body.put("deadline", "下周五");
        expect(api().post("/api/v1/rectifications", city, Api.json(body)), 400);
        body.remove("clause");
        body.put("deadline", day.toString());
        assertThat(expect(api().post("/api/v1/rectifications", city, Api.json(body)), 400)
                .json().path("errors").get(0).path("field").asString()).isEqualTo("clause");
        assertThat(orders().filingStatus(filingId)).isEqualTo("REGISTERED");

        body.put("clause", "京教信〔2022〕5号 三");
        body.put("alertId", "alert-42");
        Api.Response created = expect(api().post("/api/v1/rectifications", city, Api.json(body)), 201);
        assertThat(created.text("status")).isEqualTo("OPEN");
        assertThat(Instant.parse(created.text("deadline")))
                .isEqualTo(day.atTime(23, 59, 59).atZone(Beijing.ZONE).toInstant());
        assertThat(created.text("alertId")).isEqualTo("alert-42");
    }

    @Test
    void whoMayOrderAnswerAndSeeOrders() {
        Fixtures.Provider p = fixtures().beijingCompany();
        Fixtures.Provider stranger = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        Map<String, Object> body = Map.of("filingId", filingId, "reason", "广告", "clause", "京教信〔2022〕5号 三",
                "deadline", Beijing.today(clock).plusDays(5).toString());
        expect(api().post("/api/v1/rectifications", p.token(), Api.json(body)), 403);
        expect(api().post("/api/v1/rectifications", api().token("cac-officer"), Api.json(body)), 403);
        expect(api().post("/api/v1/rectifications", null, Api.json(body)), 401);
        expect(api().post("/api/v1/rectifications", api().token("city-reviewer"),
                Api.json(Map.of("filingId", UUID.randomUUID().toString(), "reason", "x", "clause", "y",
                        "deadline", Beijing.today(clock).plusDays(5).toString()))), 404);

        String orderId = orders().order(filingId, Beijing.today(clock).plusDays(5).toString());
        expect(api().post("/api/v1/rectifications", api().token("city-reviewer"), Api.json(body)), 409);
        String submitted = fixtures().submitted(p);
        expect(api().post("/api/v1/rectifications", api().token("city-reviewer"), Api.json(Map.of("filingId", submitted,
                "reason", "广告", "clause", "京教信〔2022〕5号 三", "deadline", Beijing.today(clock).plusDays(5).toString()))), 409);

        expect(orders().answer(orderId, stranger), 404);
        expect(api().post("/api/v1/rectifications/" + orderId + "/refusal-finding", stranger.token(),
                Api.json(Map.of("evidence", "x"))), 403);
        expect(api().get("/api/v1/rectifications/" + orderId, stranger.token()), 404);
        expect(api().post("/api/v1/rectifications/" + orderId + "/response", api().token("city-reviewer"),
                Api.json(Map.of("description", "x"))), 403);
        expect(api().get("/api/v1/rectifications/" + orderId, api().token("appstore-demo")), 403);
        expect(api().post("/api/v1/rectifications/" + orderId + "/response", p.token(), "{}"), 400);
        expect(orders().decide(orderId, true, "未反馈即通过"), 409);

        assertThat(expect(api().get("/api/v1/rectifications?filingId=" + filingId, p.token()), 200)
                .json().path("total").asLong()).isEqualTo(1);
        assertThat(expect(api().get("/api/v1/rectifications?filingId=" + filingId, stranger.token()), 200)
                .json().path("total").asLong()).isZero();
        JsonNode open = expect(api().get("/api/v1/rectifications?status=OPEN&filingId=" + filingId,
                api().token("ca-officer")), 200).json();
        assertThat(open.path("items").get(0).path("id").asString()).isEqualTo(orderId);
        expect(api().get("/api/v1/rectifications?size=500", p.token()), 400);
        expect(api().get("/api/v1/rectifications?status=NOPE", p.token()), 400);
    }

    @Test
    void everyAppStoreSeesANoticeAndAcknowledgesItOnce() {
        EnforcementFixtures.Store second = EnforcementFixtures.newAppStore(identity, api());
        Fixtures.Provider p = fixtures().beijingCompany();
        String number = fixtures().filingNumber(fixtures().registered(p), p);
        String cac = api().token("cac-officer");
        expect(api().post("/api/v1/takedown-notices", p.token(), Api.json(Map.of("filingNumber", number, "reason", "x"))), 403);
        expect(api().post("/api/v1/takedown-notices", cac, Api.json(Map.of("filingNumber", "教APP备1199999号", "reason", "x"))), 404);
        expect(api().post("/api/v1/takedown-notices", cac, Api.json(Map.of("filingNumber", number))), 400);
        Api.Response issued = expect(api().post("/api/v1/takedown-notices", cac,
                Api.json(Map.of("filingNumber", number, "reason", "含有违法违规内容"))), 201);
        String id = issued.text("id");
        assertThat(inbox(api().token("appstore-demo"), number)).isTrue();
        assertThat(inbox(second.token(), number)).isTrue();
        JsonNode item = null;
        for (JsonNode n : api().get("/api/v1/distribution/notices?size=200", second.token()).json().path("items")) {
            if (n.path("id").asString().equals(id)) {
                item = n;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.path("appName").asString()).isNotBlank();
        assertThat(item.path("platforms").get(0).path("type").asString()).isEqualTo("ANDROID");
        assertThat(item.path("reason").asString()).isEqualTo("含有违法违规内容");
        assertThat(item.path("issuedAt").asString()).isNotBlank();

        expect(api().post("/api/v1/distribution/notices/" + id + "/ack", second.token(), Api.json(Map.of("action", "DELETED"))), 400);
        expect(api().post("/api/v1/distribution/notices/" + id + "/ack", second.token(), Api.json(Map.of("action", "REMOVED"))), 200);
        expect(api().post("/api/v1/distribution/notices/" + id + "/ack", second.token(), Api.json(Map.of("action", "NOT_LISTED"))), 409);
        assertThat(inbox(second.token(), number)).isFalse();
        assertThat(inbox(api().token("appstore-demo"), number)).isTrue();
        expect(api().post("/api/v1/distribution/notices/" + UUID.randomUUID() + "/ack", second.token(),
                Api.json(Map.of("action", "REMOVED"))), 404);
        EnforcementFixtures.Store later = EnforcementFixtures.newAppStore(identity, api());
        expect(api().post("/api/v1/distribution/notices/" + id + "/ack", later.token(), Api.json(Map.of("action", "REMOVED"))), 404);
        expect(api().get("/api/v1/distribution/notices", cac), 403);

        JsonNode view = expect(api().get("/api/v1/takedown-notices/" + id, cac), 200).json();
        assertThat(view.path("acknowledgements")).hasSize(1);
        assertThat(view.path("acknowledgements").get(0).path("platformId").asString()).isEqualTo(second.organisationId());
        assertThat(view.path("acknowledgements").get(0).path("action").asString()).isEqualTo("REMOVED");
        assertThat(view.path("acknowledgements").get(0).path("at").asString()).isNotBlank();
        assertThat(view.path("silent").findValuesAsString("platform")).contains("示例应用商店");
        assertThat(view.path("silent").findValuesAsString("platformId")).doesNotContain(second.organisationId());
        expect(api().get("/api/v1/takedown-notices/" + id, api().token("ca-officer")), 200);
        expect(api().get("/api/v1/takedown-notices/" + id, p.token()), 403);
        expect(api().get("/api/v1/takedown-notices/" + UUID.randomUUID(), cac), 404);

        // a store still silent after the configured time (P2D) is reminded, once
        enforcement.sweep();
        assertThat(api().get("/api/v1/takedown-notices/" + id, cac).json().path("silent").get(0).path("remindedAt").isNull()).isTrue();
        clock.advance(Duration.ofDays(3));
        api().forgetTokens();
        enforcement.sweep();
        assertThat(events.stream(TakedownReminderRaised.class).filter(r -> r.noticeId().equals(id)).count()).isEqualTo(1);
        enforcement.sweep();
        assertThat(events.stream(TakedownReminderRaised.class).filter(r -> r.noticeId().equals(id)).count()).isEqualTo(1);
        JsonNode silent = api().get("/api/v1/takedown-notices/" + id, api().token("cac-officer")).json().path("silent");
        silent.forEach(s -> assertThat(s.path("remindedAt").asString()).isNotBlank());
    }

    @Test
    void twoSweepsAtTheSameTimeFindAnOrderOverdueAndOpenOneCaseExactlyOnce() throws Exception {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String orderId = orders().order(filingId, clock.instant().plus(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(10));
        api().forgetTokens();

        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<SweepResult>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return enforcement.sweep();
            }));
        }
        for (Future<SweepResult> f : results) {
            f.get();
        }
        pool.shutdown();

        assertThat(orders().orderStatus(orderId)).isEqualTo("OVERDUE");
        assertThat(jdbc.sql("select count(*) from rectification_history where order_id = ?::uuid and action = 'OVERDUE'")
                .param(orderId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from enforcement_case where order_id = ?::uuid").param(orderId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from enforcement_document where order_id = ?::uuid and kind = 'PRIOR_NOTICE'")
                .param(orderId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from filing_history where filing_id = ?::uuid and action = 'REVOKED'")
                .param(filingId).query(Long.class).single()).as("no revocation without a decision").isZero();
        assertThat(events.stream(RectificationOverdue.class).filter(e -> e.orderId().equals(orderId)).count()).isEqualTo(1);
        assertThat(events.stream(EnforcementCaseOpened.class).filter(e -> e.orderId().equals(orderId)).count()).isEqualTo(1);
        assertThat(events.stream(cn.eduapp.registry.provider.ProviderBanned.class)
                .filter(e -> e.providerId().value().equals(p.id())).count()).isZero();
    }

    @Test
    void preschoolTrainingFilingsAreRevokedInOneAct() {
        String code = CreditCodes.generate("91", "110105");
        int seq = ThreadLocalRandom.current().nextInt(60_000, 69_999);
        String training = "教APP备11" + String.format("%05d", seq) + "号";
        String homeSchool = "教APP备11" + String.format("%05d", seq + 20_000) + "号";
        String csv = String.join(",", cn.eduapp.registry.filing.internal.imports.FilingImporter.HEADER) + "\n"
                + training + ",幼儿识字乐园,北京幼教科技有限公司," + code + ",FOR_PROFIT,NON_SUBJECT_TRAINING,ANDROID,cn.kid.read" + seq
                + ",PRESCHOOL;PARENTS,true,2021-05-01\n"
                + homeSchool + ",幼儿园家园通,北京幼教科技有限公司," + code + ",FOR_PROFIT,NON_SUBJECT_TRAINING,ANDROID,cn.kid.home" + seq
                + ",PRESCHOOL;PARENTS,false,2021-05-01\n";
        expect(api().send("POST", "/api/v1/filings/import", api().token("city-reviewer"), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)), 200);
        JsonNode candidates = expect(api().get("/api/v1/enforcement/preschool-revocations/candidates",
                api().token("city-reviewer")), 200).json();
        assertThat(candidates.path("items").findValuesAsString("filingNumber")).contains(training).doesNotContain(homeSchool);

        expect(api().post("/api/v1/enforcement/preschool-revocations", api().token("moe-reviewer")), 403);
        Api.Response r = expect(api().post("/api/v1/enforcement/preschool-revocations", api().token("city-reviewer")), 200);
        List<String> numbers = new ArrayList<>();
        r.json().path("filingNumbers").forEach(n -> numbers.add(n.asString()));
        assertThat(numbers).contains(training).doesNotContain(homeSchool);
        assertThat(r.json().path("revoked").asInt()).isEqualTo(numbers.size());
        JsonNode filings = api().get("/api/v1/filings?status=REVOKED&q=" + java.net.URLEncoder.encode(training,
                StandardCharsets.UTF_8), api().token("city-reviewer")).json();
        assertThat(filings.path("total").asLong()).isEqualTo(1);
        assertThat(inbox(api().token("appstore-demo"), training)).isTrue();
        JsonNode again = expect(api().post("/api/v1/enforcement/preschool-revocations", api().token("city-reviewer")), 200).json();
        List<String> second = new ArrayList<>();
        again.path("filingNumbers").forEach(n -> second.add(n.asString()));
        assertThat(second).doesNotContain(training);
    }

    @Test
    void theCommunicationsAdministrationChecksThePermitAndRecordsIcpOrders() {
        Fixtures.Provider licensed = fixtures().beijingNonProfit();
        fixtures().licenceForSubjectTraining(licensed);
        Fixtures.Provider expired = fixtures().beijingNonProfit();
        fixtures().addLicence(expired, "ONLINE_SUBJECT_TRAINING_PERMIT", "京线上培训2020001", "2020-01-01", "2021-12-31");
        String ca = api().token("ca-officer");

        JsonNode ok = expect(api().get("/api/v1/icp-precondition?creditCode=" + licensed.creditCode(), ca), 200).json();
        assertThat(ok.path("eligible").asBoolean()).isTrue();
        assertThat(ok.path("providerName").asString()).isEqualTo(licensed.name());
        assertThat(ok.path("permits").get(0).path("type").asString()).isEqualTo("ONLINE_SUBJECT_TRAINING_PERMIT");
        assertThat(ok.path("permits").get(0).path("validUntil").asString()).isEqualTo("2030-12-31");
        JsonNode no = expect(api().get("/api/v1/icp-precondition?creditCode=" + expired.creditCode(), ca), 200).json();
        assertThat(no.path("eligible").asBoolean()).isFalse();
        assertThat(no.path("reason").asString()).contains("四（二）");
        JsonNode unknown = expect(api().get("/api/v1/icp-precondition?creditCode=" + CreditCodes.generate("91", "110108"), ca), 200).json();
        assertThat(unknown.path("eligible").asBoolean()).isFalse();
        expect(api().get("/api/v1/icp-precondition?creditCode=91110108MA01XJ3K2B", ca), 400);
        expect(api().get("/api/v1/icp-precondition?creditCode=" + licensed.creditCode(), api().token("city-reviewer")), 403);

        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        String number = fixtures().filingNumber(filingId, p);
        expect(api().post("/api/v1/icp-orders", ca, Api.json(Map.of("filingNumber", number, "kind", "RECTIFY", "reason", "ICP 信息不实"))), 400);
        Api.Response rectify = expect(api().post("/api/v1/icp-orders", ca, Api.json(Map.of("filingNumber", number, "kind", "RECTIFY",
                "reason", "ICP 信息不实", "deadline", Beijing.today(clock).plusDays(15).toString()))), 201);
        assertThat(rectify.text("deadline")).isNotBlank();
        expect(api().post("/api/v1/icp-orders", ca, Api.json(Map.of("filingId", filingId, "kind", "SHUTDOWN", "reason", "拒不整改"))), 201);
        expect(api().post("/api/v1/icp-orders", api().token("city-reviewer"),
                Api.json(Map.of("filingId", filingId, "kind", "SHUTDOWN", "reason", "x"))), 403);
        JsonNode seen = expect(api().get("/api/v1/icp-orders?filingId=" + filingId, api().token("city-reviewer")), 200).json();
        assertThat(seen.path("total").asLong()).isEqualTo(2);
        assertThat(seen.path("items").findValuesAsString("kind")).containsExactlyInAnyOrder("RECTIFY", "SHUTDOWN");
    }

    @Test
    void theScheduledSweepRunsUnderItsShedLock() {
        // registry.enforcement.sweep-initial-delay defaults to PT10S: the scheduler has swept by then
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).until(() ->
                jdbc.sql("select count(*) from shedlock where name = 'enforcement-sweep'").query(Long.class).single() == 1);
        assertThat(jdbc.sql("select locked_by from shedlock where name = 'enforcement-sweep'").query(String.class).single())
                .isNotBlank();
    }
}
