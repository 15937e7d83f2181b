package cn.eduapp.registry.enforcement;

import static cn.eduapp.registry.support.Fixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.filing.FilingManagement;
import cn.eduapp.registry.filing.FilingView;
import cn.eduapp.registry.filing.internal.imports.FilingImporter;
import cn.eduapp.registry.shared.Beijing;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.CreditCodes;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.system.operations.HolidayCalendar;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Working-day deadlines on the shipped holiday calendar (2026: National Day 1–7 October, Saturday 10 October a
 * working day), service in the system or recorded offline, complaints on the same calendar, and the city's page.
 */
class WorkingDayDeadlinesIT extends IntegrationTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 9, 30);

    @Autowired
    EnforcementSweep sweep;

    @Autowired
    FilingManagement filings;

    @Autowired
    HolidayCalendar calendar;

    private static Instant endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(Beijing.ZONE).toInstant();
    }

    private JsonNode order(String filingId, int workingDays) {
        return expect(api().post("/api/v1/rectifications", api().token("city-reviewer"), Api.json(Map.of("filingId", filingId,
                "reason", "未公示隐私政策", "clause", "京教信〔2022〕5号 三", "deadlineWorkingDays", workingDays))), 201).json();
    }

    @Test
    void deadlinesInWorkingDaysCrossTheNationalDayWeekAndStartAtService() {
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        clock.setInstant(WEDNESDAY.atTime(LocalTime.of(10, 0)).atZone(Beijing.ZONE).toInstant());
        api().forgetTokens();

        JsonNode served = order(filingId, 3);
        assertThat(Instant.parse(served.path("deadline").asString())).isEqualTo(endOf(LocalDate.of(2026, 10, 10)));
        assertThat(served.path("deadlineWorkingDays").asInt()).isEqualTo(3);
        expect(api().post("/api/v1/rectifications/" + served.path("id").asString() + "/offline-service",
                api().token("city-reviewer"), Api.json(Map.of("servedAt", "2026-09-30", "method", "直接送达"))), 409);
        expect(api().post("/api/v1/rectifications", api().token("city-reviewer"), Api.json(Map.of("filingId",
                filingId, "reason", "x", "clause", "y"))), 400);

        // an imported provider has no account: the deadline waits for the offline service, and nothing is overdue
        String number = "教APP备11" + ThreadLocalRandom.current().nextInt(70_000, 79_999) + "号";
        String csv = String.join(",", FilingImporter.HEADER) + "\n" + number + ",存量导入应用,存量科技有限公司,"
                + CreditCodes.generate("91", "110105") + ",FOR_PROFIT,NON_SUBJECT_TRAINING,ANDROID,"
                + Fixtures.uniqueAndroidId() + ",PARENTS,false,2021-03-15\n";
        expect(api().send("POST", "/api/v1/filings/import", api().token("city-reviewer"), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)), 200);
        String imported = filings.findByNumber(number).map(FilingView::id).orElseThrow();
        JsonNode unserved = order(imported, 3);
        String orderId = unserved.path("id").asString();
        assertThat(unserved.path("servedAt").isNull()).isTrue();
        assertThat(unserved.path("deadline").isNull()).isTrue();
        clock.advance(Duration.ofDays(30));
        api().forgetTokens();
        sweep.sweep();
        assertThat(new EnforcementFixtures(api()).orderStatus(orderId)).isEqualTo("OPEN");

        expect(api().post("/api/v1/rectifications/" + orderId + "/offline-service", api().token("city-reviewer"),
                Api.json(Map.of("servedAt", "2026-09-30", "method", "邮寄送达（EMS 1234567890）"))), 200);
        JsonNode after = api().get("/api/v1/rectifications/" + orderId, api().token("city-reviewer")).json();
        assertThat(Instant.parse(after.path("deadline").asString())).isEqualTo(endOf(LocalDate.of(2026, 10, 10)));
        assertThat(after.path("serviceMethod").asString()).isEqualTo("邮寄送达（EMS 1234567890）");
        assertThat(after.path("documents").get(0).path("servedAt").isNull()).isFalse();
        sweep.sweep();
        assertThat(new EnforcementFixtures(api()).orderStatus(orderId)).as("served and past its deadline").isEqualTo("OVERDUE");
    }

    @Test
    void complaintsAreDueOnTheSameCalendar() {
        clock.setInstant(WEDNESDAY.atTime(LocalTime.of(10, 0)).atZone(Beijing.ZONE).toInstant());
        JsonNode filed = expect(api().post("/api/v1/public/complaints", null, Api.json(Map.of("category", "ADVERTISING",
                "appName", "工作日测试应用" + ThreadLocalRandom.current().nextInt(100_000),
                "description", "应用首页弹出游戏广告，点击后跳转到游戏下载页面。"))), 201).json();
        JsonNode tracked = expect(api().get("/api/v1/public/complaints/" + filed.path("trackingNumber").asString()
                + "?accessCode=" + filed.path("accessCode").asString(), null), 200).json();
        // 15 working days from 30 September 2026: 8, 9, 10 (调休), 12–16, 19–23, 26, 27 October
        assertThat(Instant.parse(tracked.path("dueAt").asString())).isEqualTo(endOf(LocalDate.of(2026, 10, 27)));
    }

    @Test
    void theCityEntersALaterYearOnItsPage() throws Exception {
        LocalDate newYear = LocalDate.of(2031, 1, 1);
        PageSession city = new PageSession(api().base());
        city.login("city-reviewer", Api.DEMO_PASSWORD);
        String page = city.get("/admin/holidays?year=2031").body();
        assertThat(page).contains("2031 年尚无放假安排");
        assertThat(city.postForm("/admin/holidays", Map.of("day", newYear.toString(), "offDay", "true", "name", "元旦",
                "_csrf", PageSession.csrfOf(page))).statusCode()).isEqualTo(302);
        assertThat(calendar.isWorkingDay(newYear)).isFalse();
        assertThat(city.get("/admin/holidays?year=2031").body()).contains("2031-01-01", "元旦", "市教委维护");
        assertThat(city.get("/admin/holidays?year=2026").body()).contains("2026-10-10", "调休上班");
        PageSession provider = new PageSession(api().base());
        Fixtures.Provider p = fixtures().beijingCompany();
        provider.login(p.username(), Fixtures.PASSWORD);
        assertThat(provider.get("/admin/holidays").statusCode()).isEqualTo(403);
        city.postForm("/admin/holidays/remove", Map.of("day", newYear.toString(),
                "_csrf", PageSession.csrfOf(city.get("/admin/holidays?year=2031").body())));
        assertThat(calendar.isWorkingDay(newYear)).isTrue();
    }
}
