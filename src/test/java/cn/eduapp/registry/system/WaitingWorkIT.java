package cn.eduapp.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PageSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The 工作台 says what is waiting: the count follows the work, and each role sees only its own kinds. */
class WaitingWorkIT extends IntegrationTest {

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

    private static long count(String html, String label) {
        Matcher m = Pattern.compile("<span class=\"count\">(\\d+)</span>\\s*<span>" + label + "</span>").matcher(html);
        assertThat(m.find()).as(label + " on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private PageSession signedIn(String username) {
        PageSession s = new PageSession("http://localhost:" + port);
        assertThat(s.login(username, Api.DEMO_PASSWORD).statusCode()).isEqualTo(302);
        return s;
    }
}
