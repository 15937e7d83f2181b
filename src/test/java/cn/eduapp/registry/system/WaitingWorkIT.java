package cn.eduapp.registry.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import cn.eduapp.registry.support.UsageFixtures;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The 工作台 says what is waiting: the count follows the work, and each role sees only its own kinds. */
class WaitingWorkIT extends IntegrationTest {

    private static final String ACTION_REQUIRED = "所用应用状态变化、待处理的使用者备案";

    @Test
    void theCityQueueCountFollowsASubmission() {
        PageSession city = signedIn("city-reviewer");
        long before = count(city.get("/home").body(), "待市教委审核的备案");
        fixtures().submitted(fixtures().beijingCompany());
        assertThat(count(city.get("/home").body(), "待市教委审核的备案")).isEqualTo(before + 1);
        String school = signedIn("school-haidian-1").get("/home").body();
        assertThat(school).doesNotContain("待市教委审核的备案", "待处理的投诉举报");
    }

    @Test
    void staffNavigationIsGroupedByTask() {
        String home = signedIn("city-reviewer").get("/home").body();
        assertThat(home).contains("<summary>审核</summary>", "<summary>监管</summary>", "<summary>投诉</summary>",
                "<summary>系统</summary>");
        Fixtures.Provider p = fixtures().beijingCompany();
        PageSession provider = new PageSession("http://localhost:" + port);
        provider.login(p.username(), Fixtures.PASSWORD);
        assertThat(provider.get("/home").body()).contains("<summary>备案</summary>", "退回补正的备案").doesNotContain("<summary>审核</summary>");
    }

    @Test
    void aSchoolAndItsDistrictCountUseFilingsWhoseAppWentWrong() {
        UsageFixtures usage = new UsageFixtures(api());
        UsageFixtures.Institution district = usage.district();
        UsageFixtures.Institution school = usage.school(district);
        Fixtures.Provider p = fixtures().beijingCompany();
        String filingId = fixtures().registered(p);
        usage.uses(school, fixtures().filingNumber(filingId, p));
        assertThat(count(signedIn(school.username(), UsageFixtures.PASSWORD).get("/home").body(), ACTION_REQUIRED)).isZero();

        Fixtures.expect(api().post("/api/v1/rectifications", api().token("city-reviewer"), Api.json(Map.of("filingId", filingId,
                "reason", "应用内存在诱导未成年人消费的内容", "clause", "京教信〔2022〕5号 三",
                "deadline", clock.instant().plus(Duration.ofDays(10)).toString()))), 201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(count(signedIn(school.username(), UsageFixtures.PASSWORD).get("/home").body(), ACTION_REQUIRED)).isEqualTo(1);
            assertThat(count(signedIn(district.username(), UsageFixtures.PASSWORD).get("/home").body(), ACTION_REQUIRED)).isEqualTo(1);
        });
    }

    private static long count(String html, String label) {
        Matcher m = Pattern.compile("<span class=\"count\">(\\d+)</span>\\s*<span>" + label + "</span>").matcher(html);
        assertThat(m.find()).as(label + " on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private PageSession signedIn(String username) {
        return signedIn(username, Api.DEMO_PASSWORD);
    }

    private PageSession signedIn(String username, String password) {
        PageSession s = new PageSession("http://localhost:" + port);
        assertThat(s.login(username, password).statusCode()).isEqualTo(302);
        return s;
    }
}
