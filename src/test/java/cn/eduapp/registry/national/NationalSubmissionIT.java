package cn.eduapp.registry.national;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.national.internal.submission.NationalSubmissionJob;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 22, submission ({@code registry.national.mode=http}) against a national platform the test starts (a real
 * HTTP server, {@link StubNationalPlatform}): a city-approved filing is sent from the outbox, the number coming back
 * registers it (white list included); a rejection comes back as 不予备案; while the national side is down the filing
 * waits (back-off on the test clock, the error shown to the city), is sent once it is back, and never registered
 * twice even when a send is repeated. The jobs' runs are called directly; their schedules are an hour apart.
 * A service of its own (its own database directory), since the national step is chosen at start.
 */
@TestPropertySource(properties = {
        "registry.data-dir=target/it-data-national",
        "registry.national.mode=http",
        "registry.national.sync-interval=PT1H",
        "registry.national.send-interval=PT1H",
        "registry.national.backoff=PT10S",
        "registry.national.attempts=2",
        "registry.national.connect-timeout=PT2S",
        "registry.national.read-timeout=PT5S"})
class NationalSubmissionIT extends IntegrationTest {

    static final StubNationalPlatform NATIONAL = new StubNationalPlatform();

    @DynamicPropertySource
    static void national(DynamicPropertyRegistry registry) {
        registry.add("registry.national.base-url", NATIONAL::baseUrl);
    }

    @Autowired
    NationalSubmissionJob job;

    @BeforeEach
    void up() {
        NATIONAL.down.set(false);
    }

    static String nationalNumber() {
        return "教APP备11" + ThreadLocalRandom.current().nextInt(90000, 100000) + "号";
    }

    String state(String filingId) {
        return jdbc.sql("select state from national_submission where filing_id = ?").param(filingId).query(String.class).single();
    }

    JsonNode filing(String id, Fixtures.Provider p) {
        return expect(api().get("/api/v1/filings/" + id, p.token()), 200).json();
    }

    @Test
    void aCityApprovedFilingIsSentAndTheNationalNumberRegistersIt() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().approvedByCity(p);
        assertThat(state(id)).as("queued in the city's deciding transaction").isEqualTo("WAITING");

        job.sendDue();
        assertThat(NATIONAL.posts(id)).isEqualTo(1);
        JsonNode sent = NATIONAL.accepted.stream().filter(b -> b.path("externalId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(sent.path("provider").path("creditCode").asString()).isEqualTo(p.creditCode());
        assertThat(sent.path("provider").path("name").asString()).isEqualTo(p.name());
        assertThat(sent.path("app").path("name").asString()).isEqualTo(filing(id, p).path("app").path("name").asString());
        assertThat(sent.path("cityDecision").path("reviewer").asString()).isEqualTo("city-reviewer");
        assertThat(sent.path("cityDecision").path("decidedAt").asString()).isNotBlank();
        assertThat(state(id)).isEqualTo("SENT");

        job.pollDue();
        assertThat(filing(id, p).path("status").asString()).as("pending on the national side").isEqualTo("MOE_REVIEW");

        // in http mode the 教育部 step is not taken here
        Api.Response moe = api().post("/api/v1/filings/" + id + "/moe-review", api().token("moe-reviewer"),
                Api.json(Map.of("decision", "REGISTER")));
        assertThat(moe.status()).isEqualTo(409);
        assertThat(moe.text("detail")).contains("全国教育移动互联网应用程序备案管理平台");
        PageSession moePage = new PageSession(api().base());
        moePage.login("moe-reviewer", Api.DEMO_PASSWORD);
        String detail = moePage.get("/filings/" + id).body();
        assertThat(detail).contains("national-elsewhere").doesNotContain("/moe-review");

        String number = nationalNumber();
        NATIONAL.register(id, number, "2026-03-02T08:00:00Z");
        job.pollDue();
        JsonNode registered = filing(id, p);
        assertThat(registered.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.path("filingNumber").asString()).isEqualTo(number);
        assertThat(registered.path("registeredAt").asString()).isEqualTo("2026-03-02T08:00:00Z");
        JsonNode last = registered.path("history").get(registered.path("history").size() - 1);
        assertThat(last.path("actor").asString()).isEqualTo("national-platform");
        assertThat(state(id)).isEqualTo("REGISTERED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                expect(api().get("/api/v1/public/whitelist?size=200&q="
                        + URLEncoder.encode(registered.path("app").path("name").asString(), StandardCharsets.UTF_8), null), 200)
                        .json().path("items").toString()).contains(number));

        job.pollDue();
        assertThat(registered.path("history").size()).isEqualTo(filing(id, p).path("history").size());
    }

    @Test
    void aNationalRejectionIsTheFilingsRefusal() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().approvedByCity(p);
        job.sendDue();
        NATIONAL.reject(id, "应用名称与已备案应用重复，不予备案。");
        job.pollDue();
        JsonNode rejected = filing(id, p);
        assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
        JsonNode last = rejected.path("history").get(rejected.path("history").size() - 1);
        assertThat(last.path("action").asString()).isEqualTo("MOE_REJECTED");
        assertThat(last.path("comment").asString()).isEqualTo("应用名称与已备案应用重复，不予备案。");
        assertThat(state(id)).isEqualTo("REJECTED");
    }

    @Test
    void whileTheNationalSideIsDownTheFilingWaitsAndIsSentOnceWhenItIsBack() {
        Fixtures.Provider p = fixtures().beijingCompany();
        NATIONAL.down.set(true);
        String id = fixtures().approvedByCity(p);
        int refusedBefore = NATIONAL.refused.get();

        assertThat(job.sendDue().failed()).isEqualTo(1);
        assertThat(state(id)).isEqualTo("WAITING");
        job.sendDue();
        assertThat(NATIONAL.refused.get() - refusedBefore).as("not due again before its back-off").isEqualTo(1);
        clock.advance(Duration.ofSeconds(11));
        job.sendDue();
        assertThat(NATIONAL.refused.get() - refusedBefore).as("due after 10 s").isEqualTo(2);
        clock.advance(Duration.ofSeconds(11));
        job.sendDue();
        assertThat(NATIONAL.refused.get() - refusedBefore).as("the back-off doubled to 20 s").isEqualTo(2);

        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        String page = city.get("/national/submissions?state=WAITING").body();
        assertThat(page).contains("全国平台返回 HTTP 503", "待发送");

        NATIONAL.down.set(false);
        clock.advance(Duration.ofSeconds(10));
        job.sendDue();
        job.sendDue();
        assertThat(NATIONAL.posts(id)).as("sent once it is back").isEqualTo(1);
        assertThat(state(id)).isEqualTo("SENT");
        assertThat(jdbc.sql("select count(*) from national_submission where filing_id = ? and last_error is null")
                .param(id).query(Long.class).single()).as("the error is gone").isEqualTo(1L);

        // a crash after the POST but before the receipt was kept: the row is sent again, the same receipt comes back
        jdbc.sql("update national_submission set state = 'WAITING', receipt = null where filing_id = ?").param(id).update();
        job.sendDue();
        assertThat(NATIONAL.posts(id)).isEqualTo(2);
        assertThat(jdbc.sql("select receipt from national_submission where filing_id = ?").param(id).query(String.class)
                .single()).isEqualTo(StubNationalPlatform.receiptOf(id));

        String number = nationalNumber();
        NATIONAL.register(id, number, "2026-03-03T08:00:00Z");
        job.pollDue();
        job.pollDue();
        JsonNode registered = filing(id, p);
        assertThat(registered.path("filingNumber").asString()).isEqualTo(number);
        long registrations = 0;
        for (JsonNode h : registered.path("history")) {
            if (h.path("action").asString().equals("MOE_REGISTERED")) {
                registrations++;
            }
        }
        assertThat(registrations).as("one effective registration").isEqualTo(1);
    }

    @Test
    void aNationalSideThatRefusesConnectionsIsWaitedFor() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String id = fixtures().approvedByCity(p);
        NATIONAL.stop();
        try {
            assertThat(job.sendDue().failed()).isEqualTo(1);
            assertThat(jdbc.sql("select last_error from national_submission where filing_id = ?").param(id)
                    .query(String.class).single()).startsWith("无法连接全国平台");
            assertThat(state(id)).isEqualTo("WAITING");
        } finally {
            NATIONAL.restart();
        }
        clock.advance(Duration.ofSeconds(11));
        job.sendDue();
        assertThat(NATIONAL.posts(id)).isEqualTo(1);
        assertThat(state(id)).isEqualTo("SENT");
    }
}
