package cn.eduapp.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.complaint.internal.web.PageIntakeLimiter;
import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.BrowserTest;
import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.system.security.RateLimitFilter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of the public finds an app on the white list, complains about it from its page (no login),
 * keeps the tracking number and access code; the city answers in the browser; the member reads the answer.
 */
class ComplaintJourneyBrowserIT extends BrowserTest {

    /** Uncommon characters: two of them make a search that finds this test's app and hardly anything else. */
    private static final String RARE = "翡翠鹦鹉麒麟凤凰貔貅饕餮魑魅魍魉琉璃琥珀玳瑁珊瑚";

    @Autowired
    RateLimitFilter rateLimit;

    @Autowired
    PageIntakeLimiter pageIntake;

    @BeforeEach
    void resetLimits() {
        rateLimit.reset();
        pageIntake.reset();
    }

    @Test
    void memberOfThePublicComplainsAndReadsTheFeedback() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String word = "" + RARE.charAt(random.nextInt(RARE.length())) + RARE.charAt(random.nextInt(RARE.length()));
        String appName = word + "口算练习" + UUID.randomUUID().toString().substring(0, 4);
        Fixtures fx = fixtures();
        Fixtures.Provider provider = fx.beijingCompany();
        String filingId = fx.createFiling(provider, Fixtures.compliantApp(appName, Fixtures.uniqueAndroidId()));
        Fixtures.expect(api().post("/api/v1/filings/" + filingId + "/submit", provider.token()), 200);
        Fixtures.expect(api().post("/api/v1/filings/" + filingId + "/city-review", api().token("city-reviewer"),
                Api.json(java.util.Map.of("decision", "APPROVE", "comment", "同意"))), 200);
        Fixtures.expect(api().post("/api/v1/filings/" + filingId + "/moe-review", api().token("moe-reviewer"),
                Api.json(java.util.Map.of("decision", "REGISTER"))), 200);
        String number = fx.filingNumber(filingId, provider);

        // the white list, searched with two characters (the list follows registration asynchronously)
        logout();
        open("/public/whitelist");
        type(By.id("q"), word);
        clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        reloadUntil(() -> pageText().contains(appName), Duration.ofSeconds(20));
        screenshot("public-whitelist-search");
        clickAndWait(By.linkText(number));
        assertThat(text(By.tagName("h1"))).isEqualTo(appName);
        assertThat(pageText()).contains(number, provider.name());
        screenshot("public-filing");

        // the complaint, from the app's page: the form starts with the app filled in
        clickAndWait(By.linkText("投诉举报这个应用"));
        assertThat(driver.getCurrentUrl()).contains("/public/complaints/new");
        assertThat(driver.findElement(By.id("appName")).getAttribute("value")).isEqualTo(appName);
        assertThat(driver.findElement(By.id("identifier")).getAttribute("value")).isEqualTo(number);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("category"))).selectByValue("ADVERTISING");
        type(By.id("description"), "应用在练习页面弹出与学习无关的游戏广告，孩子很容易误点。");
        type(By.id("contactPhone"), "13700000000");
        screenshot("public-complaint-form");
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        String tracking = text(By.cssSelector(".tracking-number"));
        String accessCode = text(By.cssSelector(".access-code"));
        assertThat(tracking).startsWith("TS");
        assertThat(accessCode).isNotBlank();
        screenshot("public-complaint-submitted");

        // before an answer, the tracking page says it is being handled
        clickAndWait(By.linkText("投诉查询"));
        type(By.id("trackingNumber"), tracking);
        type(By.id("accessCode"), accessCode);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(pageText()).contains(tracking, "已提交");

        // the city (advertising goes to the education commission) answers it in the browser
        String complaintId = jdbc.sql("select id::text from complaint where tracking_number = ?").param(tracking)
                .query(String.class).single();
        login("city-reviewer", Api.DEMO_PASSWORD);
        open("/complaints?status=RECEIVED");
        screenshot("city-complaints");
        open("/complaints/" + complaintId);
        assertThat(pageText()).contains(tracking, appName, "游戏广告");
        driver.findElement(By.cssSelector("input[name=outcome][value=SUBSTANTIATED]")).click();
        type(By.id("feedback"), "经查属实，已责令提供者下线相关广告并限期整改。");
        screenshot("city-complaint-resolve");
        submitConfirmed(By.xpath("//form[contains(@action,'/resolve')]//button[@type='submit']"));
        assertThat(pageText()).contains("已办结");

        // the member reads the answer with the tracking number and the access code
        logout();
        open("/public/complaints/track");
        type(By.id("trackingNumber"), tracking);
        type(By.id("accessCode"), "WRONG-CODE");
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(pageText()).doesNotContain("经查属实，已责令");
        type(By.id("trackingNumber"), tracking);
        type(By.id("accessCode"), accessCode);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(text(By.cssSelector(".feedback"))).isEqualTo("经查属实，已责令提供者下线相关广告并限期整改。");
        assertThat(pageText()).contains("已办结", "经查属实");
        screenshot("public-complaint-feedback");
    }
}
